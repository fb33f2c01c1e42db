import Foundation

/// OpenBLAS's single-precision matrix product, when the system has the library (Debian's `libopenblas0`, which
/// `scripts/fetch-models.sh` installs when it can): opened at run time, so Heed builds and runs without it and
/// falls back to its own kernels (``DenseKernels``).
///
/// `HEED_BLAS=off` disables it (for comparing the two paths).
enum SystemBLAS {
    /// `cblas_sgemm(order, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)`.
    typealias SGEMM = @convention(c) (
        Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>, Int32, UnsafePointer<Float>, Int32,
        Float, UnsafeMutablePointer<Float>, Int32
    ) -> Void
    typealias SetThreads = @convention(c) (Int32) -> Void

    private static let rowMajor: Int32 = 101, noTranspose: Int32 = 111, transpose: Int32 = 112

    /// The library's functions, or nil when it is absent or disabled.
    private struct Functions: @unchecked Sendable {
        let sgemm: SGEMM
        let setThreads: SetThreads?
        let path: String
    }

    private static let functions: Functions? = {
        guard ProcessInfo.processInfo.environment["HEED_BLAS"]?.lowercased() != "off" else { return nil }
        for name in ["libopenblas.so.0", "libopenblas.so"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL), let symbol = dlsym(handle, "cblas_sgemm") else { continue }
            let setThreads = dlsym(handle, "openblas_set_num_threads").map { unsafeBitCast($0, to: SetThreads.self) }
            return Functions(sgemm: unsafeBitCast(symbol, to: SGEMM.self), setThreads: setThreads, path: name)
        }
        return nil
    }()

    /// Whether the products run on OpenBLAS.
    static var isAvailable: Bool { functions != nil }

    /// The library's name, when loaded.
    static var libraryName: String? { functions?.path }

    /// Sets the threads OpenBLAS uses for one product.
    static func setThreads(_ count: Int) {
        functions?.setThreads?(Int32(max(1, count)))
    }

    /// `output[t, o] = bias[o] + Σₖ input[t, k] · weights[o, k]` (row-major, `weights` is `outputs × inputs`);
    /// false when OpenBLAS is not available (nothing is written).
    static func linear(
        _ input: UnsafePointer<Float>, tokens: Int, inputs: Int, weights: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, outputs: Int, into output: UnsafeMutablePointer<Float>
    ) -> Bool {
        guard let functions else { return false }
        for t in 0..<tokens { (output + t * outputs).update(from: bias, count: outputs) }
        functions.sgemm(
            rowMajor, noTranspose, transpose, Int32(tokens), Int32(outputs), Int32(inputs), 1, input, Int32(inputs),
            weights, Int32(inputs), 1, output, Int32(outputs))
        return true
    }
}
