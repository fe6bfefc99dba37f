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
		{"Azov Brigade | UKRMLI | org", "code UKRMLI: no role MLI (did you mean MIL?)"},
		{"Azov Brigade | UKRFRA | org", "code UKRFRA: no role FRA: FRA is a country and the code has one, UKR"},
		{"Azov Brigade | UKRCOPMIL | org", "code UKRCOPMIL: no role MIL after COP: COP and MIL are both primary roles, a code has one"},
		{"Azov Brigade | UKRGOVREBMED | org", "code UKRGOVREBMED: no role REB after GOV: GOV and REB are both primary roles, a code has one"},
		{"Kurdish Gulf fighters | REBIRQMIL | org", "code REBIRQMIL: no role MIL after REB: REB and MIL are both primary roles, a code has one"},
		{"Kurdish Gulf fighters | REBIRQSYR | org", "code REBIRQSYR: no role SYR: SYR is a country and the code has one, IRQ"},
		{"border guards | FRA | agent", "code FRA: no role FRA: FRA is a country and an agent's code names none"},
		{"border guards | MLI | agent", "code MLI: no role MLI (did you mean MIL?)"},
		{"Azov Brigade | UKRMIL | org", ""},
		{"state broadcaster | GOVMED | agent", ""},
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

// TestBuiltinCodesMakeCAMEOCodes: the built-in codes pass the checks a
// --dict code does (no second country, no second primary role), so the
// rules for users' codes are the built-in files' own.
func TestBuiltinCodesMakeCAMEOCodes(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	groups, countries := map[string]bool{}, map[string]bool{}
	for _, r := range cameoRoles {
		groups[r] = true
	}
	for _, e := range d.Entries {
		if e.Kind == KindCountry {
			countries[e.Code] = true
		}
		for j := 3; j+3 <= len(e.Code); j += 3 {
			groups[e.Code[j:j+3]] = true
		}
		if e.Kind == KindAgent {
			groups[e.Code[:3]] = true
		}
	}
	n := 0
	for _, e := range d.Entries {
		if nonState[e.Code[:3]] {
			continue
		}
		n++
		if p := roleProblem(e, groups, countries); p != "" {
			t.Errorf("%s: code %s: %s", e.pos(), e.Code, p)
		}
	}
	if n < 1000 {
		t.Errorf("%d built-in codes checked, want all of them (over 1000)", n)
	}
}
