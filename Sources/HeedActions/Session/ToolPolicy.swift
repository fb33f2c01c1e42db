import Foundation
/// The messages of the conversation policy the session enforces.
enum ToolPolicy {
    static let identifyFirst =
        "the customer must be identified first (find_user_id_by_email or find_user_id_by_name_zip)"
    static let otherCustomer = "only the identified customer's own account can be used in this conversation"
    static let oneCustomer =
        "this conversation is already identified as another customer; only one customer can be helped per conversation"
    static let confirmationMismatch = "the confirmation does not match the change that was proposed; propose it again"
}
