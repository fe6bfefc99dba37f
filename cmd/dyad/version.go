package main

import (
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
)

// version says which dyad this is, from the build information the Go
// toolchain embeds (debug.ReadBuildInfo): the module version ("v1.2.0"
// when installed as a release, "(devel)" when built from a checkout or
// installed at a commit), then the VCS revision it was built from (12 hex
// digits), its commit time and "modified" when the checkout had
// uncommitted changes, then the Go version: "(devel) 4a958a0c1f2e
// 2026-12-01T08:40:00Z modified go1.26.0". A build that is no release
// and recorded no revision says so: "(devel) revision unknown (built
// without VCS stamping) go1.26.0".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	return versionOf(bi, ok)
}

// pseudoVersion matches a Go module pseudo-version, which go build
// stamps on a checkout's main module (Go 1.24 and later) and go install
// on a commit: the release it builds on, the commit's time (UTC,
// yyyymmddhhmmss) and revision (12 hex digits), and "+dirty" for a
// checkout with uncommitted changes. Its forms: v0.0.0-TIME-REV (no
// release before it), vX.Y.(Z+1)-0.TIME-REV (after vX.Y.Z) and
// vX.Y.Z-PRE.0.TIME-REV (after vX.Y.Z-PRE).
var pseudoVersion = regexp.MustCompile(`^v(\d+)\.(\d+)\.(\d+)-(.+\.)?(\d{14})-([0-9a-f]{12})(\+dirty)?$`)

// versionOf is version for the build information bi (ok false: none,
// "unknown"). A pseudo-version says no release: it is given as "(devel)",
// or "(devel after v1.2.0)" when a release precedes it, with the revision
// and time it names when the build recorded none (go install at a
// commit), where "v0.0.0-20261201084000-4a958a0c1f2e 4a958a0c1f2e
// 2026-12-01T08:40:00Z" said them twice.
func versionOf(bi *debug.BuildInfo, ok bool) string {
	if !ok || bi == nil {
		return "unknown (no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
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
	if m := pseudoVersion.FindStringSubmatch(v); m != nil {
		v = "(devel)"
		if base := pseudoBase(m[1], m[2], m[3], m[4]); base != "" {
			v = "(devel after " + base + ")"
		}
		if rev == "" {
			rev = m[6]
		}
		if at == "" {
			t := m[5]
			at = t[:4] + "-" + t[4:6] + "-" + t[6:8] + "T" + t[8:10] + ":" + t[10:12] + ":" + t[12:] + "Z"
		}
		modified = modified || m[7] != ""
	} else if r, ok := strings.CutSuffix(v, "+dirty"); ok {
		v, modified = r, true // a release tag with uncommitted changes
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" && strings.HasPrefix(v, "(devel") {
		// no release names it and the build recorded no revision:
		// built with -buildvcs=false (GOFLAGS may set it), in a git
		// worktree or outside a checkout
		rev = "revision unknown (built without VCS stamping)"
	}
	parts := []string{v}
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

// pseudoBase is the release a pseudo-version vMAJOR.MINOR.PATCH-PRE.TIME-REV
// builds on ("" for none): vX.Y.Z-PRE for a PRE ending ".0." (a
// pre-release's), vX.Y.(PATCH-1) for PRE "0.", none for v…-TIME-REV.
func pseudoBase(major, minor, patch, pre string) string {
	switch {
	case pre == "0.":
		p, err := strconv.Atoi(patch)
		if err != nil || p == 0 {
			return ""
		}
		return "v" + major + "." + minor + "." + strconv.Itoa(p-1)
	case strings.HasSuffix(pre, ".0."):
		return "v" + major + "." + minor + "." + patch + "-" + strings.TrimSuffix(pre, ".0.")
	}
	return ""
}
