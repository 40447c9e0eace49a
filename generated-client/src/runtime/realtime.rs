// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! Realtime sessions: typed client events out, typed server events in, over a WebSocket
//! (tokio-tungstenite). Enabled by the crate feature `realtime`.

use std::fmt;
use std::marker::PhantomData;

use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::client::{Client, header_name, header_value};
use super::codec;
use super::error::{Error, Result};
use super::request::QueryPairs;
use super::transport::parse_api_error;

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

/// A live realtime session sending `C` (client events) and receiving `S` (server events).
pub struct RealtimeSession<C, S> {
    socket: Socket,
    closed: bool,
    _events: PhantomData<fn(C) -> S>,
}

impl<C, S> fmt::Debug for RealtimeSession<C, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RealtimeSession")
            .field("closed", &self.closed)
            .finish_non_exhaustive()
    }
}

impl<C: Serialize, S: DeserializeOwned> RealtimeSession<C, S> {
    /// Opens a session at `path` below the client's base URL (`https` becomes `wss`,
    /// `http` becomes `ws`), sending the client's auth, identity and default headers.
    /// The handshake is bounded by the client's timeout.
    pub async fn connect(client: &Client, path: &str, query: &[(&str, String)]) -> Result<Self> {
        Self::connect_with_headers(client, path, query, &[]).await
    }

    /// Like [`RealtimeSession::connect`], also sending `headers` (those the spec fixes for
    /// the endpoint, such as a beta opt-in).
    pub async fn connect_with_headers(
        client: &Client,
        path: &str,
        query: &[(&str, String)],
        headers: &[(&str, &str)],
    ) -> Result<Self> {
        let mut request = websocket_url(client.base_url(), path, query)?
            .into_client_request()
            .map_err(websocket_error)?;
        let sent = request.headers_mut();
        if let Some((name, value)) = client.auth_header()? {
            sent.insert(name.clone(), value.clone());
        }
        for (name, value) in &client.inner.headers {
            sent.insert(name.clone(), value.clone());
        }
        for (name, value) in headers {
            sent.insert(header_name(name)?, header_value(name, value)?);
        }
        let timeout = client.timeout();
        let connecting = tokio::time::timeout(timeout, tokio_tungstenite::connect_async(request));
        let (socket, _response) = connecting
            .await
            .map_err(|_| Error::Timeout(timeout))?
            .map_err(websocket_error)?;
        Ok(RealtimeSession {
            socket,
            closed: false,
            _events: PhantomData,
        })
    }

    /// Sends one client event as a JSON text message.
    pub async fn send(&mut self, event: &C) -> Result<()> {
        send(&mut self.socket, event).await
    }

    /// The next server event; `None` once the server has closed the session. Pings are
    /// answered automatically.
    pub async fn next(&mut self) -> Option<Result<S>> {
        if self.closed {
            return None;
        }
        let item = receive(&mut self.socket).await;
        self.closed = item.is_none();
        item
    }

    /// Closes the session politely.
    pub async fn close(mut self) -> Result<()> {
        self.socket.close(None).await.map_err(websocket_error)
    }

    /// Splits the session so events can be sent and received from different tasks.
    pub fn split(self) -> (RealtimeSender<C>, RealtimeReceiver<S>) {
        let (sink, stream) = self.socket.split();
        (
            RealtimeSender {
                sink,
                _events: PhantomData,
            },
            RealtimeReceiver {
                stream,
                _events: PhantomData,
            },
        )
    }
}

/// The sending half of a split [`RealtimeSession`].
pub struct RealtimeSender<C> {
    sink: SplitSink<Socket, Message>,
    _events: PhantomData<fn(C)>,
}

impl<C: Serialize> RealtimeSender<C> {
    /// Sends one client event as a JSON text message.
    pub async fn send(&mut self, event: &C) -> Result<()> {
        send(&mut self.sink, event).await
    }

    /// Closes the session politely.
    pub async fn close(mut self) -> Result<()> {
        self.sink
            .send(Message::Close(None))
            .await
            .map_err(websocket_error)
    }
}

/// The receiving half of a split [`RealtimeSession`].
pub struct RealtimeReceiver<S> {
    stream: SplitStream<Socket>,
    _events: PhantomData<fn() -> S>,
}

impl<S: DeserializeOwned> RealtimeReceiver<S> {
    /// The next server event; `None` once the server has closed the session.
    pub async fn next(&mut self) -> Option<Result<S>> {
        receive(&mut self.stream).await
    }
}

async fn send<C: Serialize>(
    sink: &mut (impl SinkExt<Message, Error = tungstenite::Error> + Unpin),
    event: &C,
) -> Result<()> {
    let text = serde_json::to_string(event).map_err(Error::Serialize)?;
    sink.send(Message::text(text))
        .await
        .map_err(websocket_error)
}

async fn receive<S: DeserializeOwned>(
    stream: &mut (impl StreamExt<Item = tungstenite::Result<Message>> + Unpin),
) -> Option<Result<S>> {
    loop {
        let message = match stream.next().await? {
            Ok(message) => message,
            Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                return None;
            }
            Err(e) => return Some(Err(websocket_error(e))),
        };
        let decoded = match message {
            Message::Text(text) => codec::decode_json(text.as_bytes()),
            Message::Binary(bytes) => codec::decode_json(&bytes),
            Message::Close(_) => return None,
            Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => continue,
        };
        return Some(decoded.map_err(Error::from));
    }
}

/// `base_url` + `path` + query, with the scheme switched to its WebSocket counterpart.
fn websocket_url(base_url: &str, path: &str, query: &[(&str, String)]) -> Result<String> {
    let (scheme, rest) = base_url
        .split_once("://")
        .ok_or_else(|| Error::Config(format!("invalid base URL `{base_url}`")))?;
    let scheme = match scheme {
        "https" => "wss",
        "http" => "ws",
        other => {
            return Err(Error::Config(format!(
                "cannot open a WebSocket for a `{other}` base URL"
            )));
        }
    };
    let mut pairs = QueryPairs::default();
    for (name, value) in query {
        pairs.push(name, value);
    }
    let query = pairs.encode();
    Ok(if query.is_empty() {
        format!("{scheme}://{rest}{path}")
    } else {
        format!("{scheme}://{rest}{path}?{query}")
    })
}

/// A refused handshake becomes an API error carrying the HTTP response; anything else a
/// WebSocket error.
fn websocket_error(error: tungstenite::Error) -> Error {
    match error {
        tungstenite::Error::Http(response) => {
            let body = response.body().as_deref().unwrap_or_default();
            parse_api_error(response.status(), response.headers().clone(), body).into()
        }
        other => Error::WebSocket(Box::new(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let query = [("model", "gpt realtime".to_owned())];
        assert_eq!(
            websocket_url("https://api.example.com/v1", "/realtime", &query).unwrap(),
            "wss://api.example.com/v1/realtime?model=gpt%20realtime"
        );
        assert_eq!(
            websocket_url("http://127.0.0.1:9/v1", "/realtime", &[]).unwrap(),
            "ws://127.0.0.1:9/v1/realtime"
        );
        assert!(websocket_url("ftp://x", "/r", &[]).is_err());
    }
}
