package actors

import (
	"strconv"
	"strings"
)

// staleYears is how long after a person's last dated role ends a lone
// surname may still name them: a person out of every role for longer
// (Gerhard Stoltenberg, West Germany's finance minister to 1989 and
// defence minister to 1992) no longer competes with a namesake of another
// state in office later (Jens Stoltenberg, NATO's secretary general from
// 2014), nor is a lone "Stoltenberg" of 2020 taken for the former
// minister's country. A role that begins after the date does not compete
// either: in 1987 "Stoltenberg" is Gerhard's.
const staleYears = 20

// inView reports whether the dated entry e is one a lone surname on date
// (an ISO date) may refer to: e has begun by date and ended no more than
// staleYears before it. Undated entries and an unknown or malformed date
// are always in view.
func inView(e Entry, date string) bool {
	if !e.Dated() || len(date) < 10 {
		return true
	}
	date = date[:10]
	if e.From != "" && e.From > date {
		return false
	}
	if e.To == "" {
		return true
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return true
	}
	return e.To > strconv.Itoa(y-staleYears)+date[4:]
}

// surnameOn returns the state of the people the dictionary knows whose
// names end in w (lower case), on date: the state m.surname gives when all
// bearers of w belong to one; else the one state of the bearers holding a
// role on date ("Prime Minister Clark" in 2008 NZL, Helen Clark, not
// Canada's Joe Clark); else the one state of the bearers in view (inView:
// "President Herzog" in 1995 DEU, Roman Herzog; in 2016 ISR, Isaac
// Herzog); "" when none or several states' are.
func (m *Matcher) surnameOn(w, date string) string {
	if c, ok := m.surname[w]; !ok || c != "" || date == "" {
		return c
	}
	if c, ok := m.oneState(w, func(e Entry) bool { return e.Dated() && e.ValidOn(date) }); ok {
		return c
	}
	c, _ := m.oneState(w, func(e Entry) bool { return inView(e, date) })
	return c
}

// oneState returns the one state of the entries of people bearing
// surname w that keep reports; ok is false when none or several states'
// entries do.
func (m *Matcher) oneState(w string, keep func(Entry) bool) (c string, ok bool) {
	return oneStateOf(m.bearers[w], keep)
}

// surnameKeys returns the forms a lone surname of a person whose full
// name ends in last is written in: last itself and, for an Arabic surname
// with its article ("al-bashir", "el-sisi"), the name without it, as news
// writes it after the first mention ("Bashir said", "Sisi met"), unless
// some listed full name already ends in that bare form ("Bashar Assad"
// beside "Bashar al-Assad": the list then says whom "Assad" means, not
// every al-Assad of the family).
func surnameKeys(last string, plain map[string]bool) []string {
	for _, art := range []string{"al-", "el-"} {
		if bare, ok := strings.CutPrefix(last, art); ok && len(bare) > 2 && !strings.Contains(bare, "-") && !plain[bare] {
			return []string{last, bare}
		}
	}
	return []string{last}
}
