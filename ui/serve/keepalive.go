package serve

import (
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// pingUntilDone asks the client every interval whether it is still there and closes the connection
// when it does not answer within the interval, so a vanished laptop frees its seat. It runs once per
// connection, from its first session until the connection ends.
func pingUntilDone(ctx ssh.Context, conn *gossh.ServerConn, interval time.Duration) {
	if interval <= 0 {
		return
	}
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			answered := make(chan error, 1)
			go func() {
				_, _, err := conn.SendRequest("keepalive@openssh.com", true, nil)
				answered <- err
			}()
			select {
			case err := <-answered:
				if err != nil {
					_ = conn.Close()
					return
				}
			case <-time.After(interval):
				_ = conn.Close()
				return
			case <-ctx.Done():
				return
			}
		}
	}
}
