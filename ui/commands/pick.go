package commands

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// docFlag is the flag that picks one document of a library or of a meeting's agenda.
const docFlag = "doc"

// registerDoc declares --doc on cmd.
func registerDoc(fs *pflag.FlagSet) {
	fs.String(docFlag, "", "with a folder, several files or a meeting's agenda: only the document of that name, or at that place (1 is the first)")
}

// pickedDoc is --doc as given, "" when not.
func pickedDoc(cmd *cobra.Command) string {
	if cmd == nil {
		return ""
	}
	value, err := cmd.Flags().GetString(docFlag)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(value)
}

// pick finds the document --doc names among names: by place counted from 1, else by name (the file's
// name, with or without its folder and extension).
func pick(names []string, want string) (int, error) {
	if n, err := strconv.Atoi(want); err == nil {
		if n < 1 || n > len(names) {
			return 0, fmt.Errorf("--doc %d: there are documents 1 to %d", n, len(names))
		}
		return n - 1, nil
	}
	for i, name := range names {
		base := filepath.Base(name)
		if name == want || base == want || strings.TrimSuffix(base, filepath.Ext(base)) == want {
			return i, nil
		}
	}
	return 0, fmt.Errorf("--doc %q: no such document (give a name or a place from 1 to %d)", want, len(names))
}
