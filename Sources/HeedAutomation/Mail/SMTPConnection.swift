import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One TCP connection to an SMTP server on SwiftNIO: writes commands, reads replies (a reply is one or more lines
/// `250-…` ending with `250 …`), and upgrades itself to TLS in place after STARTTLS.
final class SMTPConnection: Sendable {
    /// A reply: its code and its lines' texts.
    struct Reply: Sendable {
        let code: Int
        let lines: [String]
    }

    let channel: any Channel
    let lines: AsyncStream<String>
    private let timeout: Duration

    private init(channel: any Channel, lines: AsyncStream<String>, timeout: Duration) {
        self.channel = channel
        self.lines = lines
        self.timeout = timeout
    }

    /// Connects to `host`:`port` within `timeout`.
    static func connect(host: String, port: Int, timeout: Duration) async throws -> SMTPConnection {
        let (lines, continuation) = AsyncStream<String>.makeStream()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(Int64(timeout.components.seconds)))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(LineReader(continuation))
                }
            }
            .connect(host: host, port: port).get()
        return SMTPConnection(channel: channel, lines: lines, timeout: timeout)
    }

    /// Sends `line` and a CRLF.
    func write(_ line: String) async throws {
        try await writeRaw(line + "\r\n")
    }

    /// Sends `text` as it is (a message's data); throws ``SMTPError/connectionLost`` when the connection is gone.
    func writeRaw(_ text: String) async throws {
        do {
            try await channel.writeAndFlush(ByteBuffer(string: text)).get()
        } catch {
            throw SMTPError.connectionLost
        }
    }

    /// The next reply, read through `iterator`; throws ``SMTPError/connectionLost`` when the connection ends or the
    /// reply does not come within the timeout.
    func reply(_ iterator: inout AsyncStream<String>.Iterator) async throws -> Reply {
        var texts: [String] = []
        while true {
            guard let line = await nextLine(&iterator), line.count >= 3, let code = Int(line.prefix(3)) else {
                throw SMTPError.connectionLost
            }
            texts.append(String(line.dropFirst(4)))
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " {
                return Reply(code: code, lines: texts)
            }
        }
    }

    private func nextLine(_ iterator: inout AsyncStream<String>.Iterator) async -> String? {
        let channel = self.channel
        let (seconds, attoseconds) = timeout.components
        // A server that goes quiet: closing the channel ends the stream, so the read below returns nil.
        let watchdog = channel.eventLoop.scheduleTask(
            in: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        ) { channel.close(promise: nil) }
        defer { watchdog.cancel() }
        return await iterator.next()
    }

    /// Puts TLS under the dialogue (after the server's 220 to STARTTLS), checking the certificate for `host`.
    func startTLS(host: String, trustedCertificatesFile: String?) async throws {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let trustedCertificatesFile { configuration.additionalTrustRoots = [.file(trustedCertificatesFile)] }
        let context = try NIOSSLContext(configuration: configuration)
        let channel = self.channel
        try await channel.eventLoop.submit {
            let handler = try NIOSSLClientHandler(context: context, serverHostname: host.first?.isNumber == true ? nil : host)
            try channel.pipeline.syncOperations.addHandler(handler, position: .first)
        }.get()
    }

    /// Closes the connection.
    func close() async {
        try? await channel.close()
    }
}

/// Cuts the incoming bytes into lines (CRLF or LF) for ``SMTPConnection``; the stream ends with the connection.
private final class LineReader: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let continuation: AsyncStream<String>.Continuation
    private var pending = ByteBuffer()

    init(_ continuation: AsyncStream<String>.Continuation) {
        self.continuation = continuation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        pending.writeBuffer(&buffer)
        while let end = pending.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            let length = end - pending.readerIndex
            var line = pending.readString(length: length) ?? ""
            pending.moveReaderIndex(forwardBy: 1)
            if line.hasSuffix("\r") { line.removeLast() }
            continuation.yield(line)
        }
        pending.discardReadBytes()
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        continuation.finish()
        context.close(promise: nil)
    }
}
