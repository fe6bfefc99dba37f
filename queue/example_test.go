package queue_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"slices"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/queue"
)

// Publish queues articles for `dyad worker`; Stat shows the queue.
func Example() {
	dir, _ := os.MkdirTemp("", "nats")
	defer os.RemoveAll(dir)
	ns, err := server.NewServer(&server.Options{Port: -1, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true})
	if err != nil {
		log.Fatal(err)
	}
	go ns.Start()
	defer ns.Shutdown()
	ns.ReadyForConnections(5e9)
	nc, err := nats.Connect(ns.ClientURL()) // "nats://host:4222" in production
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Close()
	ctx := context.Background()

	articles := []*dyad.Article{
		{URL: "https://example.org/a", Published: "2024-03-04", Body: []string{"Japan's foreign minister met her Australian counterpart."}},
		{URL: "https://example.org/b", Published: "2024-03-05", Body: []string{"China urged restraint."}},
	}
	pub, err := queue.Publish(ctx, nc, slices.Values(articles))
	if err != nil {
		log.Fatal(err)
	}
	again, _ := queue.Publish(ctx, nc, slices.Values(articles[:1]))
	js, _ := jetstream.New(nc)
	st, _ := queue.Stat(ctx, js)
	fmt.Printf("%+v\n%+v\n%+v\n", pub, again, st)
	// Output:
	// {Articles:2 Duplicates:0 Bytes:262}
	// {Articles:1 Duplicates:1 Bytes:148}
	// {Pending:2 InFlight:0 Redelivered:0 Failed:0 Waiting:0}
}
