/// The one table of inspection vocabulary: kinds of inspection with their surface forms.
///
/// Matching runs on the normalised (Simplified, ASCII-folded) text, taking the longest surface
/// at each position, so `常规巡视` is not also read as generic `巡视`, and `巡察审计` is read as
/// `巡审联动`. Traditional surfaces are listed for readers of the table and are folded to
/// Simplified when the matcher is built.
public enum InspectionVocabulary {
    /// One kind of inspection.
    public struct Kind: Sendable, Hashable {
        /// Canonical name stored in `Document.kinds`.
        public let canonical: String
        /// Surface forms (Simplified and Traditional).
        public let surfaces: [String]
    }

    /// Every kind, specific ones first in the order they are usually discussed.
    public static let kinds: [Kind] = [
        Kind(canonical: "常规巡视", surfaces: ["常规巡视", "常規巡視"]),
        Kind(canonical: "专项巡视", surfaces: ["专项巡视", "專項巡視"]),
        Kind(canonical: "专题巡视", surfaces: ["专题巡视", "專題巡視"]),
        Kind(canonical: "机动巡视", surfaces: ["机动巡视", "機動巡視"]),
        Kind(canonical: "常规巡察", surfaces: ["常规巡察", "常規巡察"]),
        Kind(canonical: "专项巡察", surfaces: ["专项巡察", "專項巡察"]),
        Kind(canonical: "专题巡察", surfaces: ["专题巡察", "專題巡察"]),
        Kind(canonical: "提级巡察", surfaces: ["提级巡察", "提級巡察"]),
        Kind(canonical: "机动巡察", surfaces: ["机动巡察", "機動巡察"]),
        Kind(canonical: "交叉巡察", surfaces: ["交叉巡察"]),
        Kind(canonical: "专项巡视巡察", surfaces: ["专项巡视巡察", "專項巡視巡察"]),
        Kind(canonical: "巡视巡察上下联动", surfaces: ["巡视巡察上下联动", "巡視巡察上下聯動", "上下联动", "上下聯動"]),
        Kind(canonical: "回头看", surfaces: ["回头看", "回頭看"]),
        Kind(canonical: "巡审联动", surfaces: [
            "巡审联动", "巡審聯動", "巡审 联动", "巡察审计", "巡察審計", "巡审结合", "巡審結合", "边巡边审", "邊巡邊審",
        ]),
        Kind(canonical: "1+X贯通融合", surfaces: ["“1+X”工作机制", "1+X", "贯通融合", "貫通融合"]),
        Kind(canonical: "巡视整改", surfaces: ["巡视整改", "巡視整改"]),
        Kind(canonical: "巡察整改", surfaces: ["巡察整改"]),
        Kind(canonical: "巡视", surfaces: ["巡视", "巡視"]),
        Kind(canonical: "巡察", surfaces: ["巡察"]),
    ]

    /// Inspecting bodies by level, as the last characters of `…委` before `巡视`/`巡察`.
    ///
    /// Party rules give 巡视 to the central and provincial-level committees (`省委`, `自治区党委`,
    /// and `市委` of the four municipalities) and 巡察 to prefecture (`市委`, `州委`, `盟委`,
    /// `地委`) and county (`县委`, `区委`, `旗委`) committees.
    public static let patrolCommittees: [Character: InspectionLevel] = [
        "市": .city, "州": .city, "盟": .city, "地": .city,
        "县": .county, "区": .county, "旗": .county,
    ]
}
