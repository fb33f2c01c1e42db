import Foundation
import NIOCore

/// Sits first in every new connection's pipeline, on the raw bytes, until the first request's head (request line and
/// headers) has fully arrived: a head larger than ``limits``' size gets 431, one that does not arrive in time (an idle
/// or slowly trickling client) gets 408; both then close. Once the head is complete the guard removes itself, so
/// bodies, keep-alive requests (watched by the HTTP idle timeout) and upgraded WebSockets are not affected.
final class RequestHeadGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    struct Limits: Sendable {
        /// Most bytes the first request's line and headers may take.
        var maxHeadBytes = 32 * 1024
        /// Longest wait for the first request's head, counted from the connection's start.
        var headTimeout: TimeAmount = .seconds(15)
    }

    private let limits: Limits
    private var received = 0
    /// The last three bytes seen, to find "\r\n\r\n" across reads.
    private var tail: [UInt8] = []
    private var deadline: Scheduled<Void>?
    private var finished = false

    init(limits: Limits) {
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: limits.headTimeout) {
            handler.value.refuse(context: loopBound.value, status: "408 Request Timeout", code: "request_timeout",
                message: "The request's headers did not arrive in time.")
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !finished else { return }
        let buffer = unwrapInboundIn(data)
        let bytes = Array(buffer.readableBytesView)
        let headEnd = Self.endOfHead(in: tail + bytes)
        received += headEnd.map { $0 - tail.count } ?? bytes.count
        if received > limits.maxHeadBytes {
            refuse(
                context: context, status: "431 Request Header Fields Too Large", code: "headers_too_large",
                message: "The request line and headers are larger than \(limits.maxHeadBytes) bytes.")
            return
        }
        context.fireChannelRead(data)
        if headEnd != nil {
            finished = true
            deadline?.cancel()
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        } else {
            tail = Array((tail + bytes).suffix(3))
        }
    }

    /// The index just past the first "\r\n\r\n" in `bytes`, if there is one.
    static func endOfHead(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<bytes.count
        where bytes[index - 3] == 13 && bytes[index - 2] == 10 && bytes[index - 1] == 13 && bytes[index] == 10 {
            return index + 1
        }
        return nil
    }

    /// Answers with `status` and Heed's JSON error shape, then closes.
    private func refuse(context: ChannelHandlerContext, status: String, code: String, message: String) {
        guard !finished else { return }
        finished = true
        deadline?.cancel()
        let body = #"{"error":{"code":"\#(code)","message":"\#(message)"}}"#
        let response =
            "HTTP/1.1 \(status)\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\n"
            + "Connection: close\r\n\r\n\(body)"
        let bytes = IOData.byteBuffer(context.channel.allocator.buffer(string: response))
        // Closing at once with unread input would reset the connection and could lose the answer: stop writing,
        // keep reading (and dropping) what the client still sends, and close fully a moment later.
        let channel = context.channel
        context.writeAndFlush(NIOAny(bytes)).whenComplete { _ in
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: .seconds(2)) { channel.close(promise: nil) }
        }
    }
}
