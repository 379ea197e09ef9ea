package main

import (
	"fmt"
	"net"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/ui"
	"briefing/ui/commands"
	"briefing/ui/meeting"
	"briefing/ui/serve"
)

// registerServeFlags adds the server's flags to cmd, filling cfg.
func registerServeFlags(cmd *cobra.Command, cfg *serve.Config, listenFlag string) {
	f := cmd.Flags()
	f.StringVar(&cfg.Listen, listenFlag, cfg.Listen, "address to listen on (`host:port`)")
	f.StringVar(&cfg.HostKeyPath, "host-key", cfg.HostKeyPath, "the server's ed25519 key (`PATH`), created on first use")
	f.StringVar(&cfg.PresenterKeys, "presenter-keys", "", "authorized_keys `FILE` of the presenters")
	f.StringVar(&cfg.ViewerKeys, "viewer-keys", "", "authorized_keys `FILE` of the viewers (default: anyone may view)")
	f.IntVar(&cfg.MaxSessions, "max-sessions", cfg.MaxSessions, "viewers signed in at once")
	f.IntVar(&cfg.MaxPerIP, "max-per-ip", cfg.MaxPerIP, "viewers from one address")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", cfg.IdleTimeout, "close sessions idle this long")
	f.Var(&cfg.MaxStartups, "max-startups", "connections starting at once: past start refuse rate % at random, all at full")
	f.IntVar(&cfg.MaxStartupsPerSource, "max-startups-per-source", cfg.MaxStartupsPerSource, "connections starting at once from one address")
	f.StringVar(&cfg.Passcode, "passcode", "", "meeting `CODE` asked of viewers without a listed key")
}

func newServeCommand(src commands.Source) *cobra.Command {
	cfg := serve.DefaultConfig()
	cmd := &cobra.Command{
		Use:   "serve" + src.ArgsUsage(),
		Short: "Serve the briefing to a meeting over SSH: the presenter drives, attendees follow",
		Args:  src.Args(),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := src.Open(cmd, args)
			if err != nil {
				return err
			}
			server, ln, err := startServer(cmd, doc.Briefing(), cfg)
			if err != nil {
				return err
			}
			return server.ServeUntil(cmd.Context(), ln)
		},
	}
	registerServeFlags(cmd, &cfg, "listen")
	return cmd
}

func newPresentCommand(src commands.Source) *cobra.Command {
	cfg := serve.DefaultConfig()
	cfg.Listen = ""
	flags := &commands.ReadFlags{}
	cmd := &cobra.Command{
		Use:   "present" + src.ArgsUsage(),
		Short: "Present the briefing as slides, one section per screen, with notes and a clock",
		Long: "present shows one section per screen with its sub-points and key figures, the speaker notes\n" +
			"and a clock. With --serve ADDR it also serves the meeting over SSH, this console presenting.",
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
			b := doc.Briefing()
			out := tea.WithOutput(cmd.OutOrStdout())
			if cfg.Listen == "" {
				opts.View, opts.Notes = meeting.SlidesView, true
				_, err = tea.NewProgram(ui.New(b, opts), out, tea.WithContext(cmd.Context())).Run()
				return err
			}
			cfg.View = meeting.SlidesView
			server, ln, err := startServer(cmd, b, cfg)
			if err != nil {
				return err
			}
			return server.Present(cmd.Context(), ln, opts, out)
		},
	}
	flags.Register(cmd)
	registerServeFlags(cmd, &cfg, "serve")
	return cmd
}

// startServer builds the server and opens its port, printing how attendees connect and the host key's
// fingerprint for them to check.
func startServer(cmd *cobra.Command, b *content.Briefing, cfg serve.Config) (*serve.Server, net.Listener, error) {
	logger := log.NewWithOptions(cmd.ErrOrStderr(), log.Options{ReportTimestamp: true, TimeFormat: time.TimeOnly, Prefix: "briefing"})
	server, err := serve.New(b, cfg, logger)
	if err != nil {
		return nil, nil, err
	}
	ln, err := server.Listen()
	if err != nil {
		return nil, nil, err
	}
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	fmt.Fprintf(cmd.OutOrStdout(), "Serving %s on %s\nHost key %s\nAttendees connect with: ssh -p %s %s\n",
		b.Name, ln.Addr(), server.Fingerprint(), port, host)
	return server, ln, nil
}
