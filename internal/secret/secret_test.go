package secret

import "testing"

func TestRedact(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"postgres://dyad:s3cret@db.example:5432/events?sslmode=require", "postgres://dyad:xxxxx@db.example:5432/events?sslmode=require"},
		{"postgres://u:s3cret@h%zz/x", "postgres://u:xxxxx@h%zz/x"},
		{"postgres://u@db/x?sslmode=disable&password=s3cret&x=1", "postgres://u@db/x?sslmode=disable&password=xxxxx&x=1"},
		{"host=db user=u password=s3cret dbname=x", "host=db user=u password=xxxxx dbname=x"},
		{"nats://a:4222,nats://u:pw@b:4222, tls://v:p%40w@c", "nats://a:4222,nats://u:xxxxx@b:4222, tls://v:xxxxx@c"},
		{`given twice, first as "postgres://u:one@h/x": for "postgres://u:two@h/x"`, `given twice, first as "postgres://u:xxxxx@h/x": for "postgres://u:xxxxx@h/x"`},
		{"u:s3cret@q:4222", "u:xxxxx@q:4222"},
		{"nats://a:4222,u:s3cret@q:4222", "nats://a:4222,u:xxxxx@q:4222"},
		{`--queue "u:s3cret@q:abc"`, `--queue "u:xxxxx@q:abc"`},
		// no password: as it was
		// a password holding what a URL must percent-encode is masked
		// whole, up to the URL's last @ (they were masked only up to
		// the comma, or not at all)
		{`given twice, first as "postgres://bob:se,cret@127.0.0.1:1/db"`, `given twice, first as "postgres://bob:xxxxx@127.0.0.1:1/db"`},
		{"open postgres://bob:p@ss,w/rd@h:5432/db: failed", "open postgres://bob:xxxxx@h:5432/db: failed"},
		{`--db "postgresql://bob:x y,z@localhost/db"`, `--db "postgresql://bob:xxxxx@localhost/db"`},
		{"postgres://u:s3cret@h:1,h2:2/db", "postgres://u:xxxxx@h:1,h2:2/db"},
		{"postgres://dyad@db/events", "postgres://dyad@db/events"},
		{"nats://127.0.0.1:4222", "nats://127.0.0.1:4222"},
		{"news.db", "news.db"},
		{"https://example.org/a:b@c", "https://example.org/a:b@c"},
		{"dyad: 12:30 at user@example.org", "dyad: 12:30 at user@example.org"},
	} {
		if got := Redact(c.in); got != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRedactURL: a --db URL given whole has its password masked up to
// its last @ whatever it holds, a space too.
func TestRedactURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"postgresql://bob:x y,z@localhost:1/db", "postgresql://bob:xxxxx@localhost:1/db"},
		{"postgres://bob:a,b@c@127.0.0.1:1/db", "postgres://bob:xxxxx@127.0.0.1:1/db"},
		{"postgres://bob@h/db?password=s,3", "postgres://bob@h/db?password=xxxxx"},
		{"news.db", "news.db"},
	} {
		if got := RedactURL(c.in); got != c.want {
			t.Errorf("RedactURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
