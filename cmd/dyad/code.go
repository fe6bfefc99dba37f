package main

import "github.com/spf13/cobra"

func newCodeCmd() *cobra.Command { return notYet("code") }
