package article

import "testing"

// TestNotArticleSemicolonTablesAndLogs: a semicolon-separated table (the
// CSV of comma-decimal locales) and a program's or web server's log are
// no article, whatever words their fields hold; prose with semicolons,
// a live blog stamped by the minute and a story quoting a log line are.
func TestNotArticleSemicolonTablesAndLogs(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"semicolon CSV", "date;country;event;count\n2024-03-01;Germany;Protesters marched against the government in Berlin;12\n" +
			"2024-03-02;France;Rail workers went on strike in Paris;7\n2024-03-03;Poland;Crowds rallied in Warsaw;3\n", "a table"},
		{"wide semicolon CSV", "id;date;source;target;cameo;root;quad;goldstein;lat;lon;place\n" +
			"1;2024-03-01;DEU;FRA;036;03;1;4,0;48,85;2,35;Paris\n2;2024-03-02;POL;UKR;042;04;1;1,9;50,45;30,52;Kyiv\n", "a table"},
		{"application log", "2024-03-04 10:00:01,123 INFO  [main] server.Start - listening on :8080\n" +
			"2024-03-04 10:00:05,789 ERROR [worker-3] ingest.Fetch - Russia attacked the endpoint with 500 responses\n" +
			"java.lang.IllegalStateException: closed\n\tat ingest.Fetch.run(Fetch.java:42)\n" +
			"2024-03-04 10:00:07,001 INFO  [worker-2] ingest.Fetch - fetched 42 articles\n" +
			"2024-03-04 10:00:09,314 INFO  [main] server.Stop - shutting down\n" +
			"2024-03-04 10:00:09,400 INFO  [main] server.Stop - bye\n" +
			"2024-03-04 10:00:09,500 INFO  [main] server.Stop - done\n" +
			"2024-03-04 10:00:09,600 INFO  [main] server.Stop - exit\n", "a log"},
		{"ISO-stamped log", "[2024-03-04T10:00:01Z] job started\n[2024-03-04T10:00:02Z] Kenya feed fetched\n[2024-03-04T10:00:03Z] job done\n", "a log"},
		{"access log", "203.0.113.1 - - [04/Mar/2024:10:00:01 +0000] \"GET /world/russia-attacks-ukraine HTTP/1.1\" 200 5120\n" +
			"203.0.113.2 - - [04/Mar/2024:10:00:02 +0000] \"GET /world/talks HTTP/1.1\" 200 812\n" +
			"2001:db8::7 - alice [04/Mar/2024:10:00:03 +0000] \"GET / HTTP/2.0\" 304 0\n", "a log"},
		{"syslog", "Mar  4 10:00:01 web01 sshd[1234]: Accepted publickey for deploy\nMar  4 10:00:02 web01 cron[88]: job ran\n" +
			"Mar 14 10:00:03 web01 kernel: eth0 link up\n", "a log"},
		{"Apache error log", "[Mon Mar 04 10:00:01.123456 2024] [core:error] [pid 12] AH00037: denied\n" +
			"[Mon Mar 04 10:00:02.5 2024] [ssl:warn] [pid 12] AH01909: no name\n[Mon Mar 04 10:00:03.1 2024] [mpm:notice] [pid 1] resuming\n", "a log"},
		{"prose with semicolons", "BERLIN (Reuters) - Germany;France and Poland met on Monday; they agreed to talk.\n\n" +
			"Officials said the talks were useful; more are planned.\n\nA third round is due in May; no date is set.\n", ""},
		{"live blog by the minute", "10:05 GMT - Russia said it had shot down 12 drones over Belgorod.\n" +
			"10:20 GMT - Ukraine's air force said it downed 30 of 35 drones.\n09:58 GMT - Poland scrambled jets.\n", ""},
		{"live blog stamped to the second", "2024-05-01 10:05:12 GMT: Kenya recalled its ambassador to Uganda, officials said.\n" +
			"2024-05-01 10:12:40 GMT: Uganda's foreign ministry called the move regrettable.\n" +
			"2024-05-01 10:31:02 GMT: The African Union urged both neighbours to resume talks.\n" +
			"2024-05-01 10:47:55 GMT: Kenyan police arrested 14 protesters outside the embassy in Nairobi.\n", ""},
		{"ISO-stamped news ticker", "[2024-06-11T08:00:03Z] Chile expelled two Peruvian diplomats on Tuesday, the ministry said.\n" +
			"[2024-06-11T08:14:10Z] Peru said it would answer the expulsion in kind.\n" +
			"[2024-06-11T08:40:00Z] \"We regret the decision,\" Lima's foreign minister told reporters.\n", ""},
		{"slash-dated wire feed with a short entry", "2024/09/02 14:00:00 Brazil and Argentina signed a trade accord in Brasilia on Monday.\n" +
			"2024/09/02 14:05:30 UPDATE\n" +
			"2024/09/02 14:20:11 Argentina's president said the accord would cut tariffs on steel and grain.\n" +
			"2024/09/02 14:31:45 Protesters gathered outside the foreign ministry in Buenos Aires, police said.\n", ""},
		{"log with a few sentence messages", "2024-03-04 10:00:01 INFO Starting the ingest worker pool with eight workers now.\n" +
			"2024-03-04 10:00:02 INFO fetched 42 articles\n2024-03-04 10:00:03 WARN retry 2/5 GET /feed.xml\n" +
			"2024-03-04 10:00:04 ERROR Connection closed.\n2024-03-04 10:00:05 INFO done in 4.2s\n", "a log"},
		{"story quoting log lines", "LONDON (Reuters) - The hackers left lines such as\n" +
			"2024-03-04 10:00:01 INFO login ok\n" +
			"in the bank's records, investigators said on Monday.\n\nThe bank said no money was taken.\n\nPolice opened an inquiry.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NotArticle([]byte(tt.in)); got != tt.want {
				t.Errorf("NotArticle = %q, want %q", got, tt.want)
			}
		})
	}
}
