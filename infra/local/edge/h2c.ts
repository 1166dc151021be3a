import type { Server as Http1Server } from 'node:http';
import type { Http2Server } from 'node:http2';
import type { Socket } from 'node:net';

/** Every HTTP/2 cleartext connection with prior knowledge (RFC 9113 §3.3) opens with exactly these 24 bytes. */
const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

/**
 * Hands a fresh connection to the HTTP/2 server if it opens with the HTTP/2 preface, else to the HTTP/1.1 server.
 * Needed because Node's `http2.createServer({ allowHTTP1: true })` negotiates HTTP/1.1 only over TLS (ALPN): in
 * cleartext it answers HTTP/1.1 clients with a parse error (checked on Node 20). The AWS SDK's Kinesis client speaks
 * h2c with prior knowledge; every other SDK client and the AWS CLI speak HTTP/1.1.
 *
 * The bytes read to decide are pushed back with `unshift`. The HTTP/2 session drains such buffered bytes itself;
 * the HTTP/1.1 parser reads the socket natively, so the socket must be resumed for it to see the pushed-back bytes.
 */
export function routeByPreface(socket: Socket, servers: { readonly http1: Http1Server; readonly http2: Http2Server }): void {
  let received = Buffer.alloc(0);
  const onError = (): void => {
    socket.destroy();
  };
  const onData = (chunk: Buffer): void => {
    received = Buffer.concat([received, chunk]);
    const compared = Math.min(received.length, HTTP2_PREFACE.length);
    const looksLikeHttp2 = received.subarray(0, compared).equals(HTTP2_PREFACE.subarray(0, compared));
    if (looksLikeHttp2 && received.length < HTTP2_PREFACE.length) return; // a prefix of the preface: wait for more
    socket.off('data', onData);
    socket.off('error', onError); // from here on the chosen server owns the socket and its errors
    socket.pause();
    socket.unshift(received);
    if (looksLikeHttp2) {
      servers.http2.emit('connection', socket);
    } else {
      servers.http1.emit('connection', socket);
      process.nextTick(() => socket.resume());
    }
  };
  socket.on('error', onError);
  socket.on('data', onData);
}
