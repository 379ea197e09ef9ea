package main

import (
	"context"
	"errors"

	"charm.land/log/v2"
	"github.com/spf13/cobra"

	"briefing/content"
	"briefing/ui/meeting"
	"briefing/ui/meeting/natsbridge"
)

// clusterFlags join a server to a meeting that spans several servers (nodes) through NATS.
type clusterFlags struct {
	cfg natsbridge.Config
}

func (f *clusterFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	c := &f.cfg.Credentials
	fs.StringVar(&f.cfg.URL, "nats", "", "join a meeting across servers through the NATS server(s) at URL (comma-separated for a cluster)")
	fs.StringVar(&f.cfg.Meeting, "meeting", "", "the meeting's NAME on NATS: every server of the meeting gives the same")
	fs.StringVar(&c.User, "nats-user", "", "user NAME on NATS, with --nats-password-file")
	fs.StringVar(&c.PasswordFile, "nats-password-file", "", "password for NATS: the first line of FILE")
	fs.StringVar(&c.NKeyFile, "nats-nkey", "", "nkey user seed FILE for NATS")
	fs.StringVar(&c.CredsFile, "nats-creds", "", "credentials FILE for NATS (a user JWT and its nkey seed)")
	fs.StringVar(&c.CAFile, "nats-ca", "", "certificates (PEM FILE) of the CAs that sign the NATS server's")
	fs.StringVar(&c.CertFile, "nats-cert", "", "client certificate (PEM FILE) for NATS, with --nats-key")
	fs.StringVar(&c.KeyFile, "nats-key", "", "the client certificate's private key (PEM FILE)")
}

// check refuses NATS settings given without --nats, before anything starts.
func (f *clusterFlags) check(cmd *cobra.Command) error {
	if f.cfg.URL != "" {
		return f.cfg.Validate()
	}
	for _, name := range []string{"meeting", "nats-user", "nats-password-file", "nats-nkey", "nats-creds", "nats-ca", "nats-cert", "nats-key"} {
		if cmd.Flags().Changed(name) {
			return errors.New("--" + name + " needs --nats URL")
		}
	}
	return nil
}

// join joins hub to the meeting across servers, or returns nil when --nats is not given.
func (f *clusterFlags) join(ctx context.Context, hub *meeting.Hub, b *content.Briefing, logger *log.Logger) (*natsbridge.Bridge, error) {
	if f.cfg.URL == "" {
		return nil, nil
	}
	return natsbridge.Join(ctx, hub, b, f.cfg, logger)
}

// untilEnded is ctx, ended early when another node ends the meeting (bridge may be nil).
func untilEnded(ctx context.Context, bridge *natsbridge.Bridge) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	if bridge != nil {
		go func() {
			select {
			case <-bridge.Ended():
				cancel()
			case <-ctx.Done():
			}
		}()
	}
	return ctx, cancel
}
