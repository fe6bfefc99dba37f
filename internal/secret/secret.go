// Package secret keeps passwords out of dyad's messages: a --db
// postgres:// URL or a --queue nats:// URL may carry one
// ("postgres://dyad:s3cret@db:5432/events", "nats://u:s3cret@q:4222",
// "postgres://dyad@db/events?password=s3cret"), and an error that quotes
// the flag would print it to a terminal, a log or a CI transcript.
package secret

import "regexp"

// Mask is what a password is replaced with.
const Mask = "xxxxx"

var (
	// userinfo is the user:password@ of a URL: the scheme, then a user
	// and a password, neither holding a separator of a URL or a comma
	// (which separates --queue's URLs), then the @ that ends them.
	userinfo = regexp.MustCompile(`([A-Za-z][A-Za-z0-9+.-]*://[^/@:\s,"]*):[^@\s/",]*@`)
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
// "u:pw@q:4222" (--queue's bare HOST[:PORT]) "u:xxxxx@q:4222".
func Redact(s string) string {
	s = userinfo.ReplaceAllString(s, "${1}:"+Mask+"@")
	s = bare.ReplaceAllString(s, "${1}${2}:"+Mask+"@")
	return keyword.ReplaceAllString(s, "${1}"+Mask)
}
