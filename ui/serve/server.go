package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	"charm.land/wish/v2/recover"
	gossh "golang.org/x/crypto/ssh"

	"briefing/content"
	"briefing/ui/meeting"
	"briefing/ui/render"
)

// Server serves one briefing to a meeting over SSH.
type Server struct {
	cfg       Config
	briefing  *content.Briefing // the agenda's first document: its language speaks for the server
	renderer  *render.Renderer
	agenda    *agenda // agenda.go
	hub       *meeting.Hub
	auth      authenticator
	seats     *seats
	startups  *startups
	penalties *penalties
	sessions  *liveSessions // logged as connected, not yet as disconnected
	// openInMeeting counts the meeting's sessions whose channel the client has not closed yet.
	openInMeeting *liveSessions
	signInLog     *rateLog // failed sign-ins, once per address and interval
	ssh           *ssh.Server
	fingerprint   string
	addr          atomic.Value // the address accepting sessions, a string: see listening
	log           *log.Logger
	stopHub       context.CancelFunc
	hubDone       chan struct{}
	shutdown      sync.Once
	shutdownErr   error
}

// New prepares a server for b: it reads the keys, creates the host key on first use and builds the
// SSH server. Nothing listens until Serve.
func New(b *content.Briefing, cfg Config, logger *log.Logger) (*Server, error) {
	return NewAgenda([]*content.Briefing{b}, cfg, logger)
}

// NewAgenda prepares a server for a meeting of several documents, in order: the presenter chooses
// which one the meeting shows, and every following viewer shows it too.
func NewAgenda(docs []*content.Briefing, cfg Config, logger *log.Logger) (*Server, error) {
	if len(docs) == 0 {
		return nil, errors.New("a meeting needs a document")
	}
	b := docs[0]
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	presenters, err := loadKeys(cfg.PresenterKeys)
	if err != nil {
		return nil, err
	}
	viewers, err := loadKeys(cfg.ViewerKeys)
	if err != nil {
		return nil, err
	}
	if cfg.ViewerKeys != "" && viewers == nil {
		viewers = keySet{} // a file with no keys admits no viewers at all
	}
	hostPEM, signer, err := loadHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	for _, warning := range hostKeyWarnings(cfg.HostKeyPath, signer) {
		logger.Warn("host key "+warning, "path", cfg.HostKeyPath)
	}
	s := &Server{
		cfg:           cfg,
		briefing:      b,
		agenda:        newAgenda(docs),
		hub:           meeting.NewHub(cfg.View),
		auth:          authenticator{presenters: presenters, viewers: viewers, passcode: cfg.Passcode, words: b.Language.Words()},
		seats:         newSeats(cfg.MaxSessions, cfg.MaxPerIP, b.Language.Words()),
		startups:      newStartups(cfg.MaxStartups, cfg.MaxStartupsPerSource, cfg.HandshakeTimeout, newRateLog(logger, 10*time.Second)),
		penalties:     newPenalties(),
		sessions:      newLiveSessions(),
		openInMeeting: newLiveSessions(),
		signInLog:     newRateLog(logger, 10*time.Second),
		fingerprint:   gossh.FingerprintSHA256(signer.PublicKey()),
		log:           logger,
	}
	s.renderer = s.agenda.document(0).renderer
	s.hub.SetAgenda(s.agenda.revisions())
	s.ssh, err = wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithHostKeyPEM(hostPEM),
		wish.WithPublicKeyAuth(s.auth.publicKey),
		wish.WithKeyboardInteractiveAuth(s.keyboardInteractive), // penalties.go
		wish.WithMiddleware(
			s.farewell(), // runs after the reader has closed
			bubbletea.MiddlewareWithProgramHandler(s.program),
			latestWindowOnly(),
			s.route(),    // by the session's command: a screen for the terminal, or a command that ends
			s.takeSeat(), // viewers need a seat; presenters always get in
			s.logSessions(),
			endScope(),                           // the session's context ends with its handler
			recover.MiddlewareWithLogger(logger), // outermost: a panic ends its session only
		),
		func(srv *ssh.Server) error {
			srv.HandshakeTimeout = cfg.HandshakeTimeout
			srv.ConnCallback = s.startups.accept
			srv.ConnectionFailedCallback = s.signInFailed
			srv.ServerConfigCallback = func(ssh.Context) *gossh.ServerConfig { return &gossh.ServerConfig{MaxAuthTries: maxAuthTries} }
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.openSession} // requests.go
			return nil
		},
	)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Meeting is the server's meeting, for a bridge to the meeting's other servers to join.
func (s *Server) Meeting() *meeting.Hub { return s.hub }

// Fingerprint is the host key's SHA256 fingerprint, for attendees to check on first connect.
func (s *Server) Fingerprint() string { return s.fingerprint }

// Serve accepts sessions on ln until Shutdown. It warns when ln is reachable from other machines.
func (s *Server) Serve(ln net.Listener) error {
	s.listening(ln)
	if !loopbackOnly(ln.Addr().String()) {
		s.log.Warn("listening beyond this machine: anyone who reaches the port can view unless --viewer-keys or --passcode is set", "addr", ln.Addr().String())
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.stopHub, s.hubDone = cancel, make(chan struct{})
	go func() {
		defer close(s.hubDone)
		s.hub.Run(ctx, time.Second)
	}()
	err := s.ssh.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Listen opens the configured address.
func (s *Server) Listen() (net.Listener, error) {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", s.cfg.Listen, err)
	}
	s.listening(ln)
	return ln, nil
}

// Shutdown tells every session the meeting has ended, gives them a moment to say so and their
// clients to close the sessions, and closes everything within the configured timeout. Hanging up on
// a client before it has closed its session could lose what it had not shown yet: a connection
// closed with the client's last message unread is reset, and a reset drops data in flight. Calling it again returns the first call's result.
func (s *Server) Shutdown(ctx context.Context) error {
	s.shutdown.Do(func() { s.shutdownErr = s.shutDown(ctx) })
	return s.shutdownErr
}

func (s *Server) shutDown(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ShutdownTimeout)
	defer cancel()
	farewells, cancelFarewells := context.WithTimeout(ctx, s.cfg.ShutdownTimeout-hangUpReserve(s.cfg.ShutdownTimeout))
	defer cancelFarewells()
	s.hub.End()
	stopped := make(chan error, 1)
	go func() { stopped <- s.ssh.Shutdown(ctx) }() // stops accepting, then waits for connections
	s.hub.WaitEmpty(farewells)                     // every reader has said the meeting ended, and ended
	s.openInMeeting.wait(farewells)                // every client has all that its session said
	closeErr := s.ssh.Close()                      // hang up on clients that stay connected
	s.sessions.wait(ctx)                           // and log their ends (shutdown.go)
	err := <-stopped
	if s.stopHub != nil {
		s.stopHub()
		<-s.hubDone
	}
	if errors.Is(err, context.DeadlineExceeded) {
		err = nil // sessions that did not leave in time were closed
	}
	return errors.Join(err, ignoreClosed(closeErr))
}

func ignoreClosed(err error) error {
	if errors.Is(err, ssh.ErrServerClosed) || errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}
