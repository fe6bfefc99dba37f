// Package ctxio opens and reads the inputs that can block for ever — a
// named pipe no process has opened for writing yet, standard input from a
// pipe or a terminal — so that the end of a context (a Ctrl-C, a kill)
// stops the open or the read at once. A call blocked in the kernel cannot
// be cancelled: it is left to finish in a goroutine of its own, its result
// dropped (the file it opens closed), while the caller returns the
// context's cause. Regular files, whose opens and reads always end, are
// opened and read directly.
package ctxio

import (
	"context"
	"io"
	"os"
)

// Open opens path for reading, as os.Open does. When ctx is done before
// the open returns (a named pipe blocks in open until a writer opens it)
// it returns ctx's cause (context.Cause: "interrupt signal received" for
// a context of signal.NotifyContext), and the file, should the open
// complete later, is closed. A path that is no named pipe or device is
// opened directly, and so is any path with a nil ctx.
func Open(ctx context.Context, path string) (*os.File, error) {
	if ctx == nil {
		return os.Open(path)
	}
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	if st, err := os.Stat(path); err != nil || st.Mode()&(os.ModeNamedPipe|os.ModeDevice|os.ModeCharDevice|os.ModeSocket) == 0 || ctx.Done() == nil {
		return os.Open(path) // (its own error for a path that cannot be read)
	}
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		ch <- opened{f, err}
	}()
	select {
	case o := <-ch:
		return o.f, o.err
	case <-ctx.Done():
		go func() {
			if o := <-ch; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, context.Cause(ctx)
	}
}

// Reader returns r read so that a Read returns ctx's cause as soon as
// ctx is done, even while r's own Read is blocked (it is left to finish
// in its goroutine, its bytes dropped); every later Read returns the
// cause too. r itself is returned when it is a regular file (*os.File),
// or ctx is nil or can never be done.
func Reader(ctx context.Context, r io.Reader) io.Reader {
	if ctx == nil || ctx.Done() == nil {
		return r
	}
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			return r
		}
	}
	return &reader{ctx: ctx, r: r}
}

// reader is Reader's io.Reader: each Read of r runs in a goroutine, into
// buf, a buffer of its own (a Read left blocked must not write into the
// caller's slice later); err is the cause returned once ctx is done.
type reader struct {
	ctx context.Context
	r   io.Reader
	buf []byte
	err error
}

// read is one Read of r's result.
type read struct {
	n   int
	err error
}

func (c *reader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if c.ctx.Err() != nil {
		c.err = context.Cause(c.ctx)
		return 0, c.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	if cap(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	buf := c.buf[:len(p)]
	ch := make(chan read, 1)
	go func() {
		n, err := c.r.Read(buf)
		ch <- read{n, err}
	}()
	select {
	case res := <-ch:
		copy(p, buf[:res.n])
		return res.n, res.err
	case <-c.ctx.Done():
		c.buf = nil // (the goroutine's still)
		c.err = context.Cause(c.ctx)
		return 0, c.err
	}
}
