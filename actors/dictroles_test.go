package actors

import (
	"os"
	"path/filepath"
	"testing"
)

// TestAddDirUnknownRole: a user entry whose code goes on with a group that
// is no CAMEO role and no group of the built-in codes is an error naming
// file and line, with the role one typo away when there is one; CAMEO
// roles the built-in dictionary may not use, a country after a role, an
// organisation's own code and a role of a country the user adds pass.
func TestAddDirUnknownRole(t *testing.T) {
	for _, c := range []struct {
		line, want string // want "": accepted
	}{
		{"Shamina Begum | GBRCLV | person", "code GBRCLV: no role CLV (did you mean CVL?)"},
		{"Shamina Begum | GBRGVO | person", "code GBRGVO: no role GVO (did you mean GOV?)"},
		{"Shamina Begum | GBRMIK | person", "code GBRMIK: no role MIK (did you mean MIL?)"},
		{"Shamina Begum | GBRXYZ | person", "code GBRXYZ: no role XYZ"},
		{"Shamina Begum | GBRGOVXYZ | person", "code GBRGOVXYZ: no role XYZ"},
		{"councillor | CLV | agent", "code CLV: no role CLV (did you mean CVL?)"},
		{"Shamina Begum | GBRCVL | person", ""},
		{"Shamina Begum | GBRGOVLEG | person | 2019-01-01..", ""},
		{"Acme Settlers | ISRSET | org", ""},
		{"Acme Labour | GBRLAB | org", ""},
		{"Acme Monitor | NGOXYZ | org", ""},
		{"Acme Pact | IGOQQQ | org", ""},
		{"Muse Bihi Abdi | SMLGOV | person", ""},
		{"Kurdish Gulf fighters | REBIRQ | org", ""},
		{"settler leaders | SETLEG | agent", ""},
	} {
		d, err := Default()
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "mine.txt")
		if err := os.WriteFile(path, []byte("Somaliland | SML | country\n"+c.line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		n := len(d.Entries)
		err = d.AddDir(dir)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v, want it accepted", c.line, err)
		case c.want == "" && len(d.Entries) != n+2:
			t.Errorf("%q: %d entries added, want 2", c.line, len(d.Entries)-n)
		case c.want != "" && (err == nil || err.Error() != path+":2: "+c.want):
			t.Errorf("%q: error %v, want %q", c.line, err, path+":2: "+c.want)
		case c.want != "" && len(d.Entries) != n:
			t.Errorf("%q: the dictionary changed on error", c.line)
		}
	}
}
