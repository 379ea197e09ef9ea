// Package seeds ships the documents built into the binary. The default one is the speech that
// briefing opens when it is given no file; it is embedded unchanged, so what is shown can be checked
// against the published text.
package seeds
