@testable import HeedKnowledge

/// A small multilingual knowledge base used across tests.
enum Fixtures {
    static let workspace = "acme"

    static let documents: [KnowledgeDocument] = [
        KnowledgeDocument(
            id: "reset-password", workspaceID: workspace, title: "How to reset your password",
            body: "Open Settings, choose Security and press Reset password. We send a link to your e-mail address; it is valid for 24 hours.",
            sourceURL: "https://help.acme.test/reset-password"),
        KnowledgeDocument(
            id: "shipping-times", workspaceID: workspace, title: "Shipping times",
            body: "Orders inside the EU arrive in 3 to 5 working days. Express delivery arrives the next working day."),
        KnowledgeDocument(
            id: "vi-doi-mat-khau", workspaceID: workspace, title: "Cách đổi mật khẩu tài khoản",
            body: "Vào Cài đặt, chọn Bảo mật và nhấn Đổi mật khẩu. Chúng tôi gửi đường dẫn đến email của bạn.",
            language: "vi"),
        KnowledgeDocument(
            id: "lv-piegade", workspaceID: workspace, title: "Piegādes laiks",
            body: "Pasūtījumi Latvijā tiek piegādāti divu darba dienu laikā. Ātrā piegāde notiek nākamajā darba dienā.",
            language: "lv"),
        KnowledgeDocument(
            id: "refund-exceptions", workspaceID: workspace, title: "Refund exceptions for agents",
            body: "Agents may approve a refund of up to 200 euros without a manager when the parcel was lost by the courier.",
            visibility: .internal),
    ]

    static func index() -> KnowledgeIndex {
        var index = KnowledgeIndex()
        for document in documents { index.upsert(document) }
        return index
    }
}
