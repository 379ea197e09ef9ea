package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/ui"
	"briefing/ui/commands"
	"briefing/ui/meeting"
	"briefing/ui/meeting/natsbridge"
	"briefing/ui/serve"
)

// registerServeFlags adds the server's flags to cmd, filling cfg.
func registerServeFlags(cmd *cobra.Command, cfg *serve.Config, listenFlag string) {
	f := cmd.Flags()
	f.StringVar(&cfg.Listen, listenFlag, cfg.Listen, "address to listen on (host:port)")
	f.StringVar(&cfg.HostKeyPath, "host-key", cfg.HostKeyPath, "the server's ed25519 key (PATH), created on first use")
	f.StringVar(&cfg.PresenterKeys, "presenter-keys", "", "authorized_keys FILE of the presenters")
	f.StringVar(&cfg.ViewerKeys, "viewer-keys", "", "authorized_keys FILE of the viewers (default: anyone may view)")
	f.IntVar(&cfg.MaxSessions, "max-sessions", cfg.MaxSessions, "viewers signed in at once")
	f.IntVar(&cfg.MaxPerIP, "max-per-ip", cfg.MaxPerIP, "viewers from one address")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", cfg.IdleTimeout, "close sessions idle this long")
	f.Var(&cfg.MaxStartups, "max-startups", "connections starting at once: past start refuse rate % at random, all at full")
	f.Var(serve.WindowValue{Width: &cfg.MaxWidth, Height: &cfg.MaxHeight}, "max-window", "viewers' windows are drawn at most this size; presenters get at least 240x70")
	f.IntVar(&cfg.MaxStartupsPerSource, "max-startups-per-source", cfg.MaxStartupsPerSource, "connections starting at once from one address")
	f.StringVar(&cfg.Passcode, "passcode", "", "meeting CODE asked of viewers without a listed key")
	f.DurationVar(&cfg.Duration, "duration", 0, "how long the talk should take, e.g. 20m: the speaker console counts down and paces each section")
}

func newServeCommand(src commands.Source) *cobra.Command {
	cfg := serve.DefaultConfig()
	cluster := &clusterFlags{}
	logPath := ""
	cmd := &cobra.Command{
		Use:   "serve" + src.ArgsUsage(),
		Short: "Serve the briefing to a meeting over SSH: the presenter drives, attendees follow",
		Args:  src.Args(),
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, paths, err := agendaOf(cmd, src, args)
			if err != nil {
				return err
			}
			if len(docs) > 1 && cluster.cfg.URL != "" {
				return errors.New("--nats serves one document: a meeting across servers has no agenda yet")
			}
			logger, closeLog, err := serverLog(cmd.ErrOrStderr(), logPath)
			if err != nil {
				return err
			}
			defer closeLog()
			server, ln, bridge, err := startServer(cmd, docs, cfg, cluster, logger)
			if err != nil {
				return err
			}
			if len(paths) > 0 && cluster.cfg.URL == "" {
				// A save of a file reaches every session at once (across servers, the document stays
				// as each server read it: their digests must agree).
				if err := server.Follow(cmd.Context(), paths); err != nil {
					logger.Warn("the file is not followed: saves reach no one until the server restarts", "err", err)
				}
			}
			// The banner is for whoever watches; the server serves whether or not it can be written.
			_, _ = fmt.Fprintf(cmd.OutOrStdout(), "Serving %s on %s\nHost key %s\nAttendees connect with: %s\nThe speaker console: ssh -t -p %s HOST console (with a presenter's key)\n%s\n",
				docs[0].Name, ln.Addr(), server.Fingerprint(), server.ConnectCommand("NAME"), portOf(ln), serve.MemoryNote(cfg))
			if bridge != nil {
				defer bridge.Leave() // this server leaves; the meeting goes on on the others
			}
			ctx, cancel := untilEnded(cmd.Context(), bridge)
			defer cancel()
			return server.ServeUntil(ctx, ln)
		},
	}
	registerServeFlags(cmd, &cfg, "listen")
	cluster.register(cmd)
	cmd.Flags().StringVar(&logPath, "log", "", "also write the server's log to FILE")
	return cmd
}

func newPresentCommand(src commands.Source) *cobra.Command {
	cfg := serve.DefaultConfig()
	cfg.Listen = ""
	logPath := ""
	flags := &commands.ReadFlags{}
	cluster := &clusterFlags{}
	cmd := &cobra.Command{
		Use:   "present" + src.ArgsUsage(),
		Short: "Present the briefing as slides, one section per screen, with notes and a clock",
		Long: "present shows one section per screen with its sub-points and key figures, and a clock; o shows\n" +
			"the speaker notes (hidden at first: the screen may be projected). With --serve ADDR it also serves\n" +
			"the meeting over SSH, this terminal presenting: the log goes to a file (--log), never to this\n" +
			"screen, and i shows attendees how to join. The speaker console is a second terminal:\n" +
			"ssh -t -p PORT HOST console, with a key from --presenter-keys.",
		Args: src.Args(),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := src.Open(cmd, args)
			if err != nil {
				return err
			}
			opts, err := flags.Options(doc)
			if err != nil {
				return err
			}
			if err := needTerminal(cmd); err != nil {
				return err
			}
			b := doc.Briefing()
			out := tea.WithOutput(cmd.OutOrStdout())
			if cfg.Listen == "" {
				opts.View, opts.Notes, opts.Duration = meeting.SlidesView, true, cfg.Duration
				_, err = tea.NewProgram(ui.New(b, opts), out, tea.WithContext(cmd.Context())).Run()
				return err
			}
			if logPath == "" {
				if logPath, err = xdg.StateFile(filepath.Join("briefing", "present.log")); err != nil {
					return fmt.Errorf("the log file: %w (choose one with --log)", err)
				}
			}
			// The terminal is the projected screen: the log goes to its file only.
			logger, closeLog, err := serverLog(nil, logPath)
			if err != nil {
				return err
			}
			defer closeLog()
			cfg.View = meeting.SlidesView
			server, ln, bridge, err := startServer(cmd, []*content.Briefing{b}, cfg, cluster, logger)
			if err != nil {
				return err
			}
			ctx, cancel := untilEnded(cmd.Context(), bridge)
			defer cancel()
			err = server.Present(ctx, ln, opts, out)
			if bridge != nil {
				bridge.EndMeeting() // the console presenting has ended the meeting, on every server
			}
			return err
		},
	}
	flags.Register(cmd)
	registerServeFlags(cmd, &cfg, "serve")
	cluster.register(cmd)
	cmd.Flags().StringVar(&logPath, "log", "", "with --serve, write the server's log to FILE (default: briefing/present.log under the user's state directory)")
	return cmd
}

// startServer builds the server, joins it to the meeting across servers when --nats is given, and
// opens its port, logging where it listens and its host key's fingerprint. A server the meeting
// refuses never opens its port.
func startServer(cmd *cobra.Command, docs []*content.Briefing, cfg serve.Config, cluster *clusterFlags, logger *log.Logger) (*serve.Server, net.Listener, *natsbridge.Bridge, error) {
	if err := cluster.check(cmd); err != nil {
		return nil, nil, nil, err
	}
	b := docs[0]
	serve.TuneGC()
	server, err := serve.NewAgenda(docs, cfg, logger)
	if err != nil {
		return nil, nil, nil, err
	}
	bridge, err := cluster.join(cmd.Context(), server.Meeting(), b, logger)
	if err != nil {
		return nil, nil, nil, err
	}
	ln, err := server.Listen()
	if err != nil {
		if bridge != nil {
			bridge.Leave()
		}
		return nil, nil, nil, err
	}
	logger.Info("serving", "document", b.Name, "addr", ln.Addr().String(), "fingerprint", server.Fingerprint())
	logger.Info(serve.MemoryNote(cfg))
	return server, ln, bridge, nil
}

// needTerminal refuses to present without a terminal to draw on and read keys from: slides written
// to a file or a pipe would be escape codes no one sees.
func needTerminal(cmd *cobra.Command) error {
	if !commands.IsTerminal(cmd.OutOrStdout()) {
		return errors.New("present needs a terminal: standard output is not one (to print the briefing, use plain)")
	}
	if in, ok := cmd.InOrStdin().(*os.File); !ok || !term.IsTerminal(in.Fd()) {
		return errors.New("present needs a terminal: standard input is not one")
	}
	return nil
}

// serverLog is the server's logger: to the file at path (appended, created 0600) when there is one,
// and to w when it is not nil.
func serverLog(w io.Writer, path string) (*log.Logger, func(), error) {
	var writers []io.Writer
	if w != nil {
		writers = append(writers, w)
	}
	closeLog := func() {}
	if path != "" {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			return nil, nil, fmt.Errorf("--log: %w", err)
		}
		writers = append(writers, f)
		closeLog = func() { _ = f.Close() } // at exit: every line was written as it came, and nowhere is left to say so
	}
	if len(writers) == 0 {
		writers = append(writers, io.Discard)
	}
	logger := log.NewWithOptions(io.MultiWriter(writers...), log.Options{ReportTimestamp: true, TimeFormat: time.DateTime, Prefix: "briefing"})
	return logger, closeLog, nil
}

func portOf(ln net.Listener) string {
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}
