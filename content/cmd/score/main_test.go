package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestScoreCorpus(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"../../testdata/corpus"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"TOTAL", "recall", "linjiang-gov-report-2024.txt", "resp-rates"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the scorecard does not show %q:\n%s", want, out.String())
		}
	}
}

func TestMissingFolderIsOneLine(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{t.TempDir() + "/none"}, &out, &errOut)
	if code != 1 || strings.Count(errOut.String(), "\n") != 1 || !strings.HasPrefix(errOut.String(), "score: ") {
		t.Errorf("exit %d, stderr %q: want exit 1 and one line", code, errOut.String())
	}
}
