extension HanConversion {
    /// The writing system of a text: `.traditional` when a meaningful share of its Han
    /// characters are Traditional-only (at least 3 of them and at least 5 %).
    public static func script(of text: String) -> Script {
        script(of: [Array(text.unicodeScalars)])
    }

    /// The writing system of texts given as scalars (see ``script(of:)-(String)``).
    static func script(of texts: [[Unicode.Scalar]]) -> Script {
        var han = 0
        var traditional = 0
        table.withUnsafeBufferPointer { table in
            for text in texts {
                for c in text where c.value >= base && c.value < limit {
                    han += 1
                    if table[Int(c.value - base)] != 0 { traditional += 1 }
                }
            }
        }
        return traditional >= 3 && traditional * 20 >= han ? .traditional : .simplified
    }
}
