// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Streamed file contents for multipart uploads (the HTTP client's side of
//! [`FileUpload`](super::multipart::FileUpload)): a file on disk opened for one attempt,
//! an `AsyncRead` read in chunks, and one-shot sources that clones share and the first
//! attempt takes. Streams are checked against the length they were sent with, so a source
//! that yields more or fewer bytes fails the attempt with a message naming the file
//! instead of a bare protocol error.

use std::fmt;
use std::io;
use std::path::Path;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use tokio::io::{AsyncRead, ReadBuf};

use super::error::{Error, Result};

/// The chunks of an upload's contents.
pub(crate) type ByteStream = Pin<Box<dyn Stream<Item = io::Result<Bytes>> + Send>>;

/// Size of the chunks read from a file or reader.
const CHUNK: usize = 64 * 1024;

/// A reader or stream that can be sent once. Clones share it: the first attempt of any
/// request that holds it takes it.
#[derive(Clone)]
pub(crate) struct OneShot {
    stream: Arc<Mutex<Option<ByteStream>>>,
    len: Option<u64>,
}

impl OneShot {
    pub(crate) fn new(stream: ByteStream, len: Option<u64>) -> Self {
        OneShot {
            stream: Arc::new(Mutex::new(Some(stream))),
            len,
        }
    }

    /// The length it was given.
    pub(crate) fn len(&self) -> Option<u64> {
        self.len
    }

    /// True for clones of one source.
    pub(crate) fn same(&self, other: &OneShot) -> bool {
        Arc::ptr_eq(&self.stream, &other.stream)
    }

    /// The stream, unless an earlier attempt took it.
    pub(crate) fn take(&self) -> Option<ByteStream> {
        self.stream
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}

impl fmt::Debug for OneShot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OneShot")
            .field("len", &self.len)
            .finish_non_exhaustive()
    }
}

/// Opens `path` for one attempt: its chunks (checked against its current length) and that
/// length. Opening is a quick blocking call; the reads run on tokio's blocking pool.
pub(crate) fn open(path: &Path, file_name: &str) -> Result<(ByteStream, u64)> {
    let file = std::fs::File::open(path).map_err(|e| Error::io_at(path, e))?;
    let len = file.metadata().map_err(|e| Error::io_at(path, e))?.len();
    let chunks = ReadChunks::new(tokio::fs::File::from_std(file));
    Ok((Box::pin(Checked::new(Box::pin(chunks), Some(len), file_name)), len))
}

/// The chunks of an `AsyncRead`, up to its end.
pub(crate) struct ReadChunks<R> {
    /// `None` after the end or an error.
    reader: Option<R>,
    buffer: Box<[u8]>,
}

impl<R> ReadChunks<R> {
    pub(crate) fn new(reader: R) -> Self {
        ReadChunks {
            reader: Some(reader),
            buffer: vec![0; CHUNK].into_boxed_slice(),
        }
    }
}

impl<R: AsyncRead + Unpin> Stream for ReadChunks<R> {
    type Item = io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let Some(reader) = this.reader.as_mut() else {
            return Poll::Ready(None);
        };
        let mut buffer = ReadBuf::new(&mut this.buffer);
        match Pin::new(reader).poll_read(cx, &mut buffer) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(e)) => {
                this.reader = None;
                Poll::Ready(Some(Err(e)))
            }
            Poll::Ready(Ok(())) if buffer.filled().is_empty() => {
                this.reader = None;
                Poll::Ready(None)
            }
            Poll::Ready(Ok(())) => Poll::Ready(Some(Ok(Bytes::copy_from_slice(buffer.filled())))),
        }
    }
}

/// A stream held to the length it is sent with: a byte more, or an end before that many,
/// is an error naming the file.
pub(crate) struct Checked {
    inner: ByteStream,
    declared: Option<u64>,
    sent: u64,
    file_name: String,
    finished: bool,
}

impl Checked {
    pub(crate) fn new(inner: ByteStream, declared: Option<u64>, file_name: &str) -> Self {
        Checked {
            inner,
            declared,
            sent: 0,
            file_name: file_name.to_owned(),
            finished: false,
        }
    }

    fn fail(&mut self, kind: io::ErrorKind, message: String) -> Poll<Option<io::Result<Bytes>>> {
        self.finished = true;
        Poll::Ready(Some(Err(io::Error::new(kind, message))))
    }
}

impl Stream for Checked {
    type Item = io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.finished {
            return Poll::Ready(None);
        }
        match this.inner.as_mut().poll_next(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(Ok(chunk))) => {
                this.sent += chunk.len() as u64;
                match this.declared {
                    Some(declared) if this.sent > declared => {
                        let message = format!(
                            "the upload `{}` yielded more than the {declared} bytes it was given as its length",
                            this.file_name
                        );
                        this.fail(io::ErrorKind::InvalidData, message)
                    }
                    _ => Poll::Ready(Some(Ok(chunk))),
                }
            }
            Poll::Ready(Some(Err(e))) => {
                let message = format!("reading the upload `{}` failed: {e}", this.file_name);
                this.fail(e.kind(), message)
            }
            Poll::Ready(None) => match this.declared {
                Some(declared) if this.sent < declared => {
                    let message = format!(
                        "the upload `{}` ended after {} of the {declared} bytes it was given as its length",
                        this.file_name, this.sent
                    );
                    this.fail(io::ErrorKind::UnexpectedEof, message)
                }
                _ => {
                    this.finished = true;
                    Poll::Ready(None)
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Yields its chunks, then ends (never waits, so the tests need no runtime).
    struct Chunks(Vec<&'static [u8]>);

    impl Stream for Chunks {
        type Item = io::Result<Bytes>;
        fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            let this = self.get_mut();
            Poll::Ready((!this.0.is_empty()).then(|| Ok(Bytes::from_static(this.0.remove(0)))))
        }
    }

    fn drain(declared: Option<u64>) -> Vec<std::result::Result<usize, String>> {
        let mut checked = Checked::new(Box::pin(Chunks(vec![b"abc", b"de"])), declared, "f.bin");
        let waker = std::task::Waker::noop();
        let mut cx = Context::from_waker(waker);
        let mut out = Vec::new();
        while let Poll::Ready(Some(item)) = Pin::new(&mut checked).poll_next(&mut cx) {
            out.push(item.map(|c| c.len()).map_err(|e| e.to_string()));
        }
        out
    }

    #[test]
    fn lengths_are_checked() {
        assert_eq!(drain(Some(5)), [Ok(3), Ok(2)]);
        assert_eq!(drain(None), [Ok(3), Ok(2)]);
        let long = drain(Some(4));
        assert_eq!(long[0], Ok(3));
        assert!(long[1].as_ref().unwrap_err().contains("more than the 4 bytes"), "{long:?}");
        let short = drain(Some(9));
        assert!(short[2].as_ref().unwrap_err().contains("after 5 of the 9 bytes"), "{short:?}");
        assert_eq!(short.len(), 3);
    }
}
