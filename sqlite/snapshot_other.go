//go:build !unix

package sqlite

import "os"

// processGone reports false: processes are not looked up here, so no copy
// of a store is taken for stale (removeStaleSnapshots).
func processGone(pid int) bool { return false }

// ownedByUser reports false: file owners are not looked up here.
func ownedByUser(fi os.FileInfo) bool { return false }

// fileOwner reports false: file owners are not looked up here.
func fileOwner(fi os.FileInfo) (uid int, ok bool) { return 0, false }
