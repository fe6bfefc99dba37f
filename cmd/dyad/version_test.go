package main

import (
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersionFlag: dyad --version prints "dyad " and the build's version,
// ending with the Go version.
func TestVersionFlag(t *testing.T) {
	out, errs, code := run(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "dyad ") || !strings.Contains(out, " go1.") || errs != "" {
		t.Errorf("dyad --version: exit %d, %q, %q", code, out, errs)
	}
}

// TestVersionOf: the module version, the revision (12 hex digits), its
// time and "modified" when the build recorded them, then Go's version.
func TestVersionOf(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "4a958a0c1f2e7d3b9a1c5e6f7a8b9c0d1e2f3a4b"},
		{Key: "vcs.time", Value: "2026-12-01T08:40:00Z"}, {Key: "vcs.modified", Value: "true"}}
	for _, c := range []struct {
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: vcs},
			true, "(devel) 4a958a0c1f2e 2026-12-01T08:40:00Z modified go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, true, "v1.2.0 go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Settings: vcs[:3]}, true, "(devel) 4a958a0c1f2e 2026-12-01T08:40:00Z go1.26.8"},
		{nil, false, "unknown (no build information)"},
		// built with -buildvcs=false, in a worktree or outside a
		// checkout: no revision, said, where "(devel) go1.26.8" was all
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}},
			true, "(devel) revision unknown (built without VCS stamping) go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8"}, true, "(devel) revision unknown (built without VCS stamping) go1.26.8"},
		// a checkout's build (Go 1.24 on) stamps a pseudo-version: said
		// as what it is, not beside the revision and time it repeats
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261201084000-4a958a0c1f2e"}, Settings: vcs[:3]},
			true, "(devel) 4a958a0c1f2e 2026-12-01T08:40:00Z go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261201084000-4a958a0c1f2e+dirty"}, Settings: vcs},
			true, "(devel) 4a958a0c1f2e 2026-12-01T08:40:00Z modified go1.26.8"},
		// go install at a commit: no VCS settings, the pseudo-version
		// names the revision and time
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261201084000-4a958a0c1f2e"}},
			true, "(devel) 4a958a0c1f2e 2026-12-01T08:40:00Z go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.1-0.20261201084000-4a958a0c1f2e"}},
			true, "(devel after v1.2.0) 4a958a0c1f2e 2026-12-01T08:40:00Z go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.3.0-rc.1.0.20261201084000-4a958a0c1f2e"}},
			true, "(devel after v1.3.0-rc.1) 4a958a0c1f2e 2026-12-01T08:40:00Z go1.26.8"},
		// a release tag built with uncommitted changes
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0+dirty"}, Settings: vcs},
			true, "v1.2.0 4a958a0c1f2e 2026-12-01T08:40:00Z modified go1.26.8"},
	} {
		if got := versionOf(c.bi, c.ok); got != c.want {
			t.Errorf("versionOf = %q, want %q", got, c.want)
		}
	}
}

// TestQuotedGlobHint: a quoted glob given to code or extract, which take
// files, is a failure saying that the shell expands globs and ingest
// expands a quoted one; a file whose name holds glob characters is read.
func TestQuotedGlobHint(t *testing.T) {
	dir := t.TempDir()
	pattern := filepath.Join(dir, "0*.txt")
	for _, cmd := range []string{"code", "extract"} {
		_, errs, code := run(t, cmd, pattern)
		want := "dyad: " + pattern + ": no such file: dyad code and dyad extract take files, and the shell expands a pattern left unquoted"
		if code != 1 || !strings.HasPrefix(errs, want) || !strings.Contains(errs, "dyad ingest expands a quoted pattern itself") {
			t.Errorf("%s %s: exit %d, %q; want exit 1, %q…", cmd, pattern, code, errs, want)
		}
	}
	odd := writeFile(t, dir, "story[1].txt", []byte("DATE: 2024-03-02\n\nIran expelled two British diplomats on Friday.\n"))
	if out, errs, code := run(t, "code", "--format", "json", odd); code != 0 || !strings.Contains(out, `"source":{"code":"IRN"`) {
		t.Errorf("code %s: exit %d, %q, %q", odd, code, out, errs)
	}
}
