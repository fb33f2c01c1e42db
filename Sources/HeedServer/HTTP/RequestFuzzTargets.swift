import Foundation
import HeedCore
import HeedLanguage

/// The JSON the API and the widget socket read from strangers, as fuzz targets: every request body type and the
/// widget's frames, decoded and explained exactly as the server does. A malformed body must become a
/// ``HeedError`` (a 4xx), never a trap. The HTTP-level fuzz test also checks the status codes.
public enum RequestFuzzTargets {
    public static let all: [FuzzTarget] = [
        target("widget-frame", WidgetSocket.ClientFrame.self,
               #"{"type":"message","body":"Hi","client_message_id":"c1","conversation_id":"7F3C2B0E-1D4E-4B7A-9C1F-2A3B4C5D6E7F","after_sequence":3}"#),
        target("widget-session", CreateWidgetSessionRequest.self,
               #"{"workspace_key":"pk_x","visitor_id":"v-0123456789abcdef","customer":{"external_id":"c","expires_at":1,"signature":"ab"}}"#),
        target("widget-message", WidgetMessageRequest.self, #"{"body":"Hello","client_message_id":"m1"}"#),
        target("email", InboundEmailRequest.self,
               #"{"from":"Anna <a@b.example>","from_name":"Anna","subject":"Hi","text":"Body","message_id":"<1@b>","in_reply_to":"<0@b>","references":["<0@b>"]}"#),
        target("article", CreateArticleRequest.self, #"{"title":"T","body":"B","language":"en","tags":["a"]}"#),
        target("article-import", ArticleImportRequest.self, ##"{"source":"s","files":[{"path":"a.md","content":"# A\n\nText"}]}"##),
        target("agent", CreateAgentRequest.self, #"{"name":"Lan","email":"lan@x.example","role":"agent","capacity":3}"#),
        target("policy", WorkspacePolicy.self,
               #"{"handoff":{"anger_threshold":0.7},"routing":{"refund":"Billing"},"privacy":{"storage":{"phone":"mask"},"retention_days":30}}"#),
    ]

    static func target<T: Decodable>(_ name: String, _ type: T.Type, _ seed: String) -> FuzzTarget {
        FuzzTarget(name: name, seeds: [seed]) { text in
            do {
                _ = try HeedJSON.makeDecoder().decode(T.self, from: Data(text.utf8))
            } catch let error as DecodingError {
                _ = JSONBodyReader.explain(error)
            } catch {}
        }
    }
}
