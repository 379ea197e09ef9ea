package content_test

import (
	"slices"
	"strings"
	"testing"

	"briefing/content/contenttest"
)

// TestOriginalTextKept: the parsed text keeps the punctuation as published; only the reader shows
// it full-width.
func TestOriginalTextKept(t *testing.T) {
	b := contenttest.Seed(t)
	for section, original := range map[int]string{1: "坚持突出工业为先,树牢", 2: "星级乡村旅游区(点)"} {
		if !strings.Contains(b.Sections[section].Text, original) {
			t.Errorf("section %d text lost the original %q", section, original)
		}
	}
	if !strings.Contains(b.Sections[1].Text, "13.34%;实现") {
		t.Errorf("section 1 text lost the original half-width semicolon")
	}
}

// TestSpeakerNotes: a note is for the presenter; it is kept in Notes, out of every preface.
func TestSpeakerNotes(t *testing.T) {
	b := parseDocument(t, "grain-report.md")
	const note = "先讲总量，再讲结构，数据以统计局口径为准"
	if len(b.Sections) == 0 || len(b.Sections[0].Notes) != 1 || b.Sections[0].Notes[0] != note {
		t.Fatalf("section 0 notes = %q, want [%q]", b.Sections[0].Notes, note)
	}
	for _, s := range b.Sections[1:] {
		if len(s.Notes) != 0 {
			t.Errorf("section %d has notes %q", s.Index, s.Notes)
		}
	}
	for _, s := range b.Sections {
		if preface := s.Preface.Of(s.Text); strings.Contains(preface, "<!--") {
			t.Errorf("section %d preface holds a note: %q", s.Index, preface)
		}
	}
}

// TestNotesWithoutBody: notes are never lost, and every document has a section, even one that is
// nothing but a title and notes.
func TestNotesWithoutBody(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		title      string   // the document's title
		sections   []string // the outline
		notes      [][]string
	}{
		{"title and a note", "# T\n\n<!-- note: x -->", "T", []string{"opening Opening: "}, [][]string{{"x"}}},
		// With no title, the title is the first heading's, else the document's name: never blank.
		{"notes only", "<!-- note: a -->\n<!-- note: b -->", "inline", []string{"opening Opening: "}, [][]string{{"a", "b"}}},
		{"a lone heading", "# T", "T", []string{"part T: "}, [][]string{nil}},
		{"a note before the first part", "# T\n\n<!-- note: x -->\n\n## A\n\nbody text.", "T", []string{"part A: "}, [][]string{{"x"}}},
		{"a note before the first paragraph", "<!-- note: x -->\n\n**one** paragraph.\n\nanother paragraph.", "inline", []string{"part **one** paragraph: ", "part another paragraph: "}, [][]string{{"x"}, nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := parseText(t, tc.text)
			checkSpans(t, b)
			if got := outlineOf(b); b.Title != tc.title || !slices.Equal(got, tc.sections) {
				t.Fatalf("title %q, outline %q; want %q, %q", b.Title, got, tc.title, tc.sections)
			}
			for i, s := range b.Sections {
				if !slices.Equal(s.Notes, tc.notes[i]) {
					t.Errorf("section %d notes = %q, want %q", i, s.Notes, tc.notes[i])
				}
				if preface := s.Preface.Of(s.Text); strings.Contains(preface, "<!--") {
					t.Errorf("section %d preface holds a note: %q", i, preface)
				}
			}
		})
	}
}
