// Package secret keeps passwords out of dyad's messages: a --db
// postgres:// URL or a --queue nats:// URL may carry one
// ("postgres://dyad:s3cret@db:5432/events", "nats://u:s3cret@q:4222",
// "postgres://dyad@db/events?password=s3cret"), and an error that quotes
// the flag would print it to a terminal, a log or a CI transcript.
package secret

import (
	"regexp"
	"strings"
)

// Mask is what a password is replaced with.
const Mask = "xxxxx"

var (
	// scheme starts a URL: its user:password@ runs from the user to the
	// last @ of the URL's token (userinfo)
	scheme = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://`)
	// bare is the same with no scheme, at the start of a token, as
	// --queue takes a HOST[:PORT] for nats://: "u:s3cret@q:4222".
	bare = regexp.MustCompile(`(^|[\s,"])([^/@:\s,"]+):[^@\s/",]*@`)
	// keyword is a password given as a parameter: a URL's
	// ?password=… (libpq) or a key=value DSN's password=….
	keyword = regexp.MustCompile(`(?i)(\bpassword=)[^&\s"]*`)
)

// Redact returns s, any text (a URL, a comma-separated list of URLs, an
// error quoting them), with the password of every URL's user:password@
// and every password=… parameter replaced by Mask; the rest of s is
// kept byte for byte, so that a URL that does not parse is redacted too:
// "postgres://u:s3cret@h%zz/x" is "postgres://u:xxxxx@h%zz/x",
// "nats://a:4222,nats://u:pw@b:4222" is "nats://a:4222,nats://u:xxxxx@b:4222",
// "u:pw@q:4222" (--queue's bare HOST[:PORT]) "u:xxxxx@q:4222". A
// password holding what a URL must percent-encode (a comma, an @, a
// slash, a space within quotes: "postgres://u:p@s,s/w@h/x") is masked
// whole, up to the URL's last @ (userinfo).
func Redact(s string) string {
	s = userinfo(s, false)
	s = bare.ReplaceAllString(s, "${1}${2}:"+Mask+"@")
	return keyword.ReplaceAllString(s, "${1}"+Mask)
}

// RedactURL is Redact for u, one URL given whole (a --db value), whose
// password is masked up to u's last @ whatever it holds, a space too:
// "postgres://u:a b,c@h/x" is "postgres://u:xxxxx@h/x".
func RedactURL(u string) string {
	return keyword.ReplaceAllString(userinfo(u, true), "${1}"+Mask)
}

// userinfo masks the password of each URL of s: after the scheme, a user
// (no ':', '@' or '/') and a ':', everything up to the last '@' of the
// URL's token, which ends at the next URL's scheme, at a quote, and,
// unless whole or the URL is quoted, at white space. A URL with no '@'
// after its user's ':' ("https://example.org/a:b@c", whose ':' comes
// after a '/') is kept, and so, unless whole, is one whose ':' is a
// port's before a ',' or '/' ("nats://a:4222,u:pw@q": a list).
func userinfo(s string, whole bool) string {
	locs := scheme.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	done := 0
	for i, loc := range locs {
		if loc[0] < done {
			continue
		}
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		quoted := loc[0] > 0 && (s[loc[0]-1] == '"' || s[loc[0]-1] == '`')
		for j := loc[1]; j < end; j++ {
			if c := s[j]; c == '"' || c == '`' || !whole && !quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				end = j
				break
			}
		}
		tok := s[loc[1]:end]
		colon := strings.IndexAny(tok, ":@/")
		if colon < 0 || tok[colon] != ':' {
			continue
		}
		if !whole {
			// "nats://a:4222,u:pw@q": a host's port, then the next
			// URL of a list, not a password
			port := colon + 1
			for port < len(tok) && tok[port] >= '0' && tok[port] <= '9' {
				port++
			}
			if port > colon+1 && (port == len(tok) || tok[port] == ',' || tok[port] == '/') {
				continue
			}
		}
		at := strings.LastIndexByte(tok, '@')
		if at < colon {
			continue
		}
		b.WriteString(s[done : loc[1]+colon+1])
		b.WriteString(Mask)
		done = loc[1] + at
	}
	b.WriteString(s[done:])
	return b.String()
}
