package main

import (
	"runtime/debug"
	"strings"
)

// version says which dyad this is, from the build information the Go
// toolchain embeds (debug.ReadBuildInfo): the module version ("v1.2.0"
// when installed as a module, "(devel)" when built from a checkout), then
// the VCS revision it was built from (12 hex digits), its commit time and
// "modified" when the checkout had uncommitted changes, then the Go
// version: "(devel) 4a958a0c1f2e 2026-12-01T08:40:00Z modified go1.26.0".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	return versionOf(bi, ok)
}

// versionOf is version for the build information bi (ok false: none,
// "unknown").
func versionOf(bi *debug.BuildInfo, ok bool) string {
	if !ok || bi == nil {
		return "unknown (no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	parts := []string{v}
	var rev, at string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	for _, p := range []string{rev, at} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if modified {
		parts = append(parts, "modified")
	}
	if bi.GoVersion != "" {
		parts = append(parts, bi.GoVersion)
	}
	return strings.Join(parts, " ")
}
