package serve

import (
	"net"
	"os"
	"strconv"
)

// ConnectCommand is the command attendees type to join, with name where their own name goes:
// ssh 张三@192.0.2.7 -p 23234. The host is the address the server listens on; when that is every
// address (0.0.0.0, ::), it is this machine's first address on a network that is up, else its host
// name, so that the line can be typed on another machine as it stands.
func (s *Server) ConnectCommand(name string) string {
	addr, _ := s.addr.Load().(string)
	if addr == "" {
		addr = s.cfg.Listen
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "ssh " + name + "@" + addr
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = reachableHost()
	}
	if net.ParseIP(host) != nil && net.ParseIP(host).To4() == nil {
		host = "[" + host + "]" // ssh reads user@[::1] but not user@::1 unbracketed with a port
	}
	line := "ssh " + name + "@" + host
	if p, err := strconv.Atoi(port); err == nil && p != 22 {
		line += " -p " + port
	}
	return line
}

// listening records the address the server accepts on, for ConnectCommand; it is called before
// any session can ask.
func (s *Server) listening(ln net.Listener) { s.addr.Store(ln.Addr().String()) }

// reachableHost is an address other machines can reach this one at: the first IPv4 address of an
// interface that is up and not loopback, else the host name.
func reachableHost() string {
	interfaces, err := net.Interfaces()
	if err == nil {
		for _, iface := range interfaces {
			if iface.Flags&net.FlagUp == 0 || iface.Flags&net.FlagLoopback != 0 {
				continue
			}
			addrs, err := iface.Addrs()
			if err != nil {
				continue
			}
			for _, a := range addrs {
				if ipnet, ok := a.(*net.IPNet); ok && ipnet.IP.To4() != nil && ipnet.IP.IsGlobalUnicast() {
					return ipnet.IP.String()
				}
			}
		}
	}
	if name, err := os.Hostname(); err == nil && name != "" {
		return name
	}
	return "localhost"
}
