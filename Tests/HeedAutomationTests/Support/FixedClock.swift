import Foundation
import HeedCore

/// A clock that always says the same instant.
struct FixedClock: WallClock {
    let instant: Date
    func now() -> Date { instant }
}
