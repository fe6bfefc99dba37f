package main

import "github.com/spf13/cobra"

func newIngestCmd() *cobra.Command { return notYet("ingest") }
