package serve

import (
	"strings"
	"testing"
)

// Markers carried inside the escape sequences of hostileDocument: none may reach a client.
var hostileMarkers = []string{"Q0xJUEJPQVJE", "TITLEHIJACK", "DCSPAYLOAD", "APCPAYLOAD", "SOSPAYLOAD", "PMPAYLOAD", "x.invalid"}

// hostileDocument is a briefing whose text tries to drive its readers' terminals: a title that
// writes to the clipboard (OSC 52) and sets the window title, and a body with DCS, APC, SOS and PM
// strings, a hyperlink, CSI and C1 controls, a bell and a backspace.
const hostileDocument = "安全\x1b]52;c;Q0xJUEJPQVJE\x07测试\x1b]0;TITLEHIJACK\x07标题\n\n" +
	"导语正文\x1bP1$qDCSPAYLOAD\x1b\\，今年收入增长12%。\n\n" +
	"一、工业强县\x1b_APCPAYLOAD\x1b\\\n\n" +
	"工业正文\x1bXSOSPAYLOAD\x1b\\，产值109.19亿元\x1b^PMPAYLOAD\x1b\\，同比增长13.34%。\x07\x08\u009b2J\x1b[2J" +
	"\x1b]8;;http://x.invalid\x1b\\链接\x1b]8;;\x1b\\。\n\n" +
	"二、民生稳县\n\n民生正文，人次达到317.59万人次。\n"

// unsafeOutput names the first thing in out that a document should never have put there: a marker
// from inside hostileDocument's escape sequences, the sequences' openings, or a C1 control.
func unsafeOutput(out string) string {
	for _, mark := range append(hostileMarkers, "\x1b]52;", "\x1bP1$q", "\x1b_", "\x1bX", "\x1b^", "\x1b]8;;http") {
		if i := strings.Index(out, mark); i >= 0 {
			return "" + quoteAround(out, i)
		}
	}
	for i, r := range out {
		if r >= 0x80 && r <= 0x9f {
			return quoteAround(out, i)
		}
	}
	return ""
}

func quoteAround(s string, i int) string {
	return strings.ToValidUTF8(s[max(i-30, 0):min(i+40, len(s))], "?")
}

// TestDocumentCannotDriveTerminals: a document's escape sequences and control characters reach no
// one: not a viewer's screen or window title over SSH, not the output of the commands.
func TestDocumentCannotDriveTerminals(t *testing.T) {
	t.Parallel()
	f := newFixture(t, withDocument("hostile.txt", hostileDocument))
	for _, command := range []string{"plain --width 60", "sections", "figures", "figures --section 1"} {
		stdout, stderr, status := f.exec(noKey(""), command)
		if status != 0 {
			t.Fatalf("%q: status %d, %s", command, status, stderr)
		}
		if bad := unsafeOutput(stdout); bad != "" {
			t.Errorf("%q printed the document's control sequences: %q", command, bad)
		}
		for i, r := range stdout {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
				t.Errorf("%q printed control %U: %q", command, r, quoteAround(stdout, i))
				break
			}
		}
	}
	viewer, err := f.open(noKey(""), termOptions{ptyW: 100, ptyH: 30, recordRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	viewer.waitFor("导语正文", timeout)
	viewer.sendKeys("2")
	viewer.waitFor("317.59万人次", timeout)
	if bad := unsafeOutput(viewer.output()); bad != "" {
		t.Errorf("the reader sent the document's control sequences to a viewer: %q", bad)
	}
	// The title, cleaned, is the document's title, and the parts are found as in a clean document.
	viewer.waitFor("2/2 · 民生稳县", timeout)
	viewer.sendKeys("0")
	viewer.waitFor("安全测试标题", timeout)
}
