package sqlite

import (
	"fmt"
	"strings"

	"github.com/dyad-events/dyad/cameo"
)

// CheckCodes checks that the filter's event code fields can hold together,
// naming them cameoName, rootName and quadName in its errors (the command
// line's "--cameo", "--root", "--quad"; the API's "cameo", "root",
// "quad"): a CAMEO prefix of another root than Root, a Root or CAMEO
// prefix of another QuadClass than QuadClass, match no event, which the
// caller should say rather than answer nothing. Root is the two-digit
// root (cameo.RootCode) and CAMEO a prefix of digits, both checked
// already. Errors read `--cameo 0251 and --root 19 contradict each
// other: code 0251 is of root 02; no event can match`, `--root 19 and
// --quad 1 contradict each other: root 19 is QuadClass 4; no event can
// match`.
func (f Filter) CheckCodes(cameoName, rootName, quadName string) error {
	if f.CAMEO != "" && f.Root != "" && !sameRoot(f.CAMEO, f.Root) {
		return fmt.Errorf("%s %s and %s %s contradict each other: %s; no event can match", cameoName, f.CAMEO, rootName, f.Root, rootsOf(f.CAMEO))
	}
	if f.QuadClass == 0 {
		return nil
	}
	if f.Root != "" && cameo.QuadClassOf(f.Root) != f.QuadClass {
		return fmt.Errorf("%s %s and %s %d contradict each other: root %s is QuadClass %d; no event can match", rootName, f.Root, quadName, f.QuadClass, f.Root, cameo.QuadClassOf(f.Root))
	}
	if f.CAMEO == "" {
		return nil
	}
	var quads []string
	for _, r := range roots(f.CAMEO) {
		q := cameo.QuadClassOf(r)
		if q == f.QuadClass {
			return nil
		}
		if s := fmt.Sprint(q); len(quads) == 0 || quads[len(quads)-1] != s {
			quads = append(quads, s)
		}
	}
	if len(quads) == 0 {
		// a prefix of no root ("3", "21", "00"): not a contradiction
		// between two flags but a code that does not exist, which the
		// caller's CAMEO check names ("no CAMEO code starts so")
		return nil
	}
	list := quads[len(quads)-1]
	if len(quads) > 1 {
		list = strings.Join(quads[:len(quads)-1], ", ") + " and " + list
	}
	return fmt.Errorf("%s %s and %s %d contradict each other: %s, QuadClass %s; no event can match", cameoName, f.CAMEO, quadName, f.QuadClass, rootsOf(f.CAMEO), list)
}

// sameRoot reports whether a code starting with prefix can be of root.
func sameRoot(prefix, root string) bool {
	return strings.HasPrefix(prefix, root) || strings.HasPrefix(root, prefix)
}

// roots returns the CAMEO roots ("01".."20") of codes starting with
// prefix, in order.
func roots(prefix string) []string {
	var out []string
	for n := 1; n <= 20; n++ {
		if r := fmt.Sprintf("%02d", n); sameRoot(prefix, r) {
			out = append(out, r)
		}
	}
	return out
}

// rootsOf says which roots the codes starting with prefix are of: "code
// 0251 is of root 02", "codes starting 1 are of roots 10–19".
func rootsOf(prefix string) string {
	rs := roots(prefix)
	switch {
	case len(prefix) >= 2:
		return fmt.Sprintf("code %s is of root %s", prefix, cameo.Root(prefix))
	case len(rs) == 1:
		return fmt.Sprintf("codes starting %s are of root %s", prefix, rs[0])
	case len(rs) == 0:
		return fmt.Sprintf("no code starts %s", prefix)
	}
	return fmt.Sprintf("codes starting %s are of roots %s–%s", prefix, rs[0], rs[len(rs)-1])
}
