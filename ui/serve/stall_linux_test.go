//go:build linux

package serve

import "syscall"

// stallSocket makes a stalled client's socket advertise a small segment size and receive buffer, so
// that the server's send buffer, which grows with the segment size, fills after kilobytes instead of
// megabytes once the client stops reading.
func stallSocket(_, _ string, c syscall.RawConn) error {
	var err error
	if controlErr := c.Control(func(fd uintptr) {
		if err = syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_MAXSEG, 536); err != nil {
			return
		}
		err = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096)
	}); controlErr != nil {
		return controlErr
	}
	return err
}
