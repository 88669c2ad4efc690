import Testing
@testable import Curses

@Suite struct StyleTests {
    @Test func monochromeRolesUseOnlyBoldReverseUnderline() {
        #expect(Style(.selection).monochrome == Style(.selection, reverse: true))
        #expect(Style(.status).monochrome == Style(.status, reverse: true))
        #expect(Style(.highlight).monochrome == Style(.highlight, bold: true, underline: true))
        #expect(Style(.title).monochrome == Style(.title, bold: true))
        #expect(Style(.normal).monochrome == Style(.normal))
    }

    @Test func styleFlagsAreKeptInMonochrome() {
        #expect(Style(.normal, underline: true).monochrome.underline)
        #expect(Style(.title, reverse: true).monochrome == Style(.title, bold: true, reverse: true))
    }

    @Test func neighbouringRolesStayDistinguishable() {
        func look(_ r: ColorRole) -> [Bool] {
            let a = r.monochromeAttributes
            return [a.bold, a.reverse, a.underline]
        }
        #expect(look(.selection) != look(.normal))
        #expect(look(.highlight) != look(.normal))
        #expect(look(.highlight) != look(.selection))
        #expect(look(.title) != look(.normal))
        #expect(look(.header) != look(.normal))
        #expect(look(.error) != look(.status))
        #expect(look(.error) != look(.normal))
        #expect(look(.bar) != look(.normal))
    }

    @Test func paletteDepth() {
        #expect(ColorPalette(colors: 256, noColor: false).depth == 256)
        #expect(ColorPalette(colors: 88, noColor: false).depth == 8)
        #expect(ColorPalette(colors: 8, noColor: false).depth == 8)
        #expect(ColorPalette(colors: 2, noColor: false).depth == 0)
        #expect(ColorPalette(colors: 256, noColor: true).depth == 0)
        #expect(ColorPalette(colors: 256, noColor: true).entry(.selection) == nil)
    }

    @Test func everyRoleHasItsOwnPairAndColours() {
        let pairs = Set(ColorRole.allCases.map(ColorPalette.pairNumber))
        #expect(pairs.count == ColorRole.allCases.count)
        #expect(!pairs.contains(0))
        for depth in [8, 256] {
            let palette = ColorPalette(colors: depth, noColor: false)
            let max = Int16(depth - 1)
            for role in ColorRole.allCases {
                let e = palette.entry(role)
                #expect(e != nil)
                if let e { #expect(e.foreground <= max && e.background <= max) }
            }
            #expect(palette.entry(.selection) != palette.entry(.normal))
            #expect(palette.entry(.highlight) != palette.entry(.selection))
        }
    }
}
