package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestAgreedTo: one party's "agreed to" is its intent, the inner act's
// target kept; two parties agreeing both intend it; "agree on"/"agree
// with" only right after the verb.
func TestAgreedTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The United States agreed to lift sanctions on Venezuela.", []string{"USA 0354 VEN future"}},
		{"Mexico agreed to extradite a cartel leader to the United States.", []string{"MEX 0313 USA future"}},
		{"Norway agreed to mediate between Colombia and the ELN.", []string{"NOR 039 COL future", "NOR 039 COLREB future"}},
		{"Egypt and Sudan agreed to share intelligence on armed groups.", []string{"EGY 0314 SDN future", "SDN 0314 EGY future"}},
		{"Ethiopia and Eritrea agreed on a border demarcation.", []string{"ETH 057 ERI asserted", "ERI 057 ETH asserted"}},
		{"The EU agreed a 14th package of sanctions against Russia.", []string{"IGOEUREEC 163 RUS asserted"}},
		{"Japan stands ready to provide aid to Sri Lanka.", []string{"JPN 0333 LKA future"}},
		{"Japan announced plans to provide aid to Sri Lanka.", []string{"JPN 0333 LKA future"}},
		{"Japan has agreed in principle to provide aid to Sri Lanka.", []string{"JPN 0333 LKA future"}},
		{"Japan has proposed to provide aid to Sri Lanka.", []string{"JPN 0333 LKA future"}},
		{"China also announced plans to launch a space probe to the moon.", nil},
	}, false)
}

// TestFormerByLoneSurname: a former head of state or government named by
// surname alone is his state, as his full name is; a former minister
// (Canada's Bill Graham, to 2006) only after the article names him in
// full; a name as likely a given name ("Howard") never.
func TestFormerByLoneSurname(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ text, want string }{
		{"Trump criticised NATO on Monday.", "USA 111 IGOWSTNAT asserted"},
		{"Merkel criticised Russia on Monday.", "DEU 111 RUS asserted"},
		{"Graham criticised Iran on Tuesday.", ""},
		{"Canada's former defence minister Bill Graham gave a lecture. Graham criticised Iran on Tuesday.", "CAN 111 IRN asserted"},
		{"Former chancellor Angela Merkel spoke in Berlin on Sunday. Merkel criticised Russia on Monday.", "DEU 111 RUS asserted"},
		{"Putin criticised NATO on Monday.", "RUSGOV 111 IGOWSTNAT asserted"},
		{"Howard criticised Iraq on Monday.", ""},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		got := ""
		for _, e := range c.Code(a) {
			got = eventLine(e, false)
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNamesakeSurnameAlone: a lone surname that people of two states bear
// while both hold roles names neither, however high one stood (Kamala
// Harris, US vice president, and Simon Harris, Ireland's taoiseach, in
// 2024); the article naming one in full first makes it theirs.
func TestNamesakeSurnameAlone(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct{ text, want string }{
		{"Harris criticised China on Monday.", ""},
		{"Vice President Kamala Harris arrived in Manila on Sunday. Harris criticised China on Monday.", "USAGOV 111 CHN asserted"},
		{"Ireland's prime minister Simon Harris spoke in Dublin on Sunday. Harris criticised China on Monday.", "IRLGOV 111 CHN asserted"},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Body: []string{tt.text}}
		got := ""
		for _, e := range c.Code(a) {
			got = eventLine(e, false)
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
