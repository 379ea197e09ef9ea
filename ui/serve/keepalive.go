package serve

import (
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"
)

// keepAlive asks the client every interval whether it is still there and closes the connection when
// it does not answer within the interval, so a vanished laptop frees its seat.
func keepAlive(interval time.Duration) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			conn, ok := s.Context().Value(ssh.ContextKeyConn).(*gossh.ServerConn)
			if ok && interval > 0 {
				go pingUntilDone(s.Context(), conn, interval)
			}
			next(s)
		}
	}
}

func pingUntilDone(ctx ssh.Context, conn *gossh.ServerConn, interval time.Duration) {
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
