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
	"briefing/ui/meeting/natsbridge"
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
	cluster := &clusterFlags{}
	cmd := &cobra.Command{
		Use:   "serve" + src.ArgsUsage(),
		Short: "Serve the briefing to a meeting over SSH: the presenter drives, attendees follow",
		Args:  src.Args(),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := src.Open(cmd, args)
			if err != nil {
				return err
			}
			server, ln, bridge, err := startServer(cmd, doc.Briefing(), cfg, cluster)
			if err != nil {
				return err
			}
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
	return cmd
}

func newPresentCommand(src commands.Source) *cobra.Command {
	cfg := serve.DefaultConfig()
	cfg.Listen = ""
	flags := &commands.ReadFlags{}
	cluster := &clusterFlags{}
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
			server, ln, bridge, err := startServer(cmd, b, cfg, cluster)
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
	return cmd
}

// startServer builds the server, joins it to the meeting across servers when --nats is given, and
// opens its port, printing how attendees connect and the host key's fingerprint for them to check. A
// server the meeting refuses never opens its port.
func startServer(cmd *cobra.Command, b *content.Briefing, cfg serve.Config, cluster *clusterFlags) (*serve.Server, net.Listener, *natsbridge.Bridge, error) {
	if err := cluster.check(cmd); err != nil {
		return nil, nil, nil, err
	}
	logger := log.NewWithOptions(cmd.ErrOrStderr(), log.Options{ReportTimestamp: true, TimeFormat: time.TimeOnly, Prefix: "briefing"})
	server, err := serve.New(b, cfg, logger)
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
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	fmt.Fprintf(cmd.OutOrStdout(), "Serving %s on %s\nHost key %s\nAttendees connect with: ssh -p %s %s\n",
		b.Name, ln.Addr(), server.Fingerprint(), port, host)
	return server, ln, bridge, nil
}
