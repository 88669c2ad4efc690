extension HanConversion {
    /// The writing system of a text: `.traditional` when a meaningful share of its Han
    /// characters are Traditional-only (at least 3 of them and at least 5 %).
    public static func script(of text: String) -> Script {
        var han = 0
        var traditional = 0
        for c in text.unicodeScalars where isHan(c) {
            han += 1
            if isTraditionalOnly(c) { traditional += 1 }
        }
        return traditional >= 3 && traditional * 20 >= han ? .traditional : .simplified
    }
}
