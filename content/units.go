package content

import "strings"

// unitKind tells the rules what a unit measures, which decides where a figure's label is read from.
type unitKind int

const (
	unitNone     unitKind = iota
	unitAmount            // money and physical quantities: the label is the phrase before (总产值109.19亿元)
	unitCount             // measure words: the label is the noun after (2053个屋场党小组) when there is one
	unitDuration          // spans of time: the label is what follows (连续12年未发生…)
	unitRate              // % and percentage points: a change, or a rate of its own
)

// chineseUnit is a unit that may follow a number in Chinese text.
type chineseUnit struct {
	text string
	kind unitKind
}

// chineseUnits lists units longest first, so 个百分点 wins over 个 and 万人次 over 万; read-only.
// Scale characters (十万, 万, 亿 …) combine with the base units in scaledUnit.
var chineseUnits = []chineseUnit{
	{"个百分点", unitRate}, {"百分点", unitRate},
	{"平方公里", unitAmount}, {"平方米", unitAmount}, {"立方米", unitAmount}, {"千瓦时", unitAmount},
	{"标准箱", unitAmount}, {"个月", unitDuration}, {"人次", unitAmount}, {"千瓦", unitAmount},
	{"千克", unitAmount}, {"公斤", unitAmount}, {"公里", unitAmount}, {"千米", unitAmount}, {"公顷", unitAmount},
	{"兆瓦", unitAmount}, {"美元", unitAmount}, {"欧元", unitAmount}, {"港元", unitAmount}, {"小时", unitDuration},
	{"分钟", unitDuration},
	{"元", unitAmount}, {"人", unitAmount}, {"户", unitCount}, {"吨", unitAmount}, {"斤", unitAmount},
	{"亩", unitAmount}, {"米", unitAmount}, {"度", unitAmount}, {"倍", unitAmount}, {"岁", unitAmount},
	{"个", unitCount}, {"项", unitCount}, {"条", unitCount}, {"家", unitCount}, {"所", unitCount},
	{"座", unitCount}, {"处", unitCount}, {"件", unitCount}, {"套", unitCount}, {"台", unitCount},
	{"辆", unitCount}, {"艘", unitCount}, {"架", unitCount}, {"批", unitCount}, {"场", unitCount},
	{"次", unitCount}, {"篇", unitCount}, {"部", unitCount}, {"张", unitCount}, {"块", unitCount},
	{"株", unitCount}, {"棵", unitCount}, {"头", unitCount}, {"只", unitCount}, {"间", unitCount},
	{"栋", unitCount}, {"床", unitCount}, {"名", unitCount}, {"位", unitCount}, {"支", unitCount},
	{"种", unitCount}, {"类", unitCount}, {"年", unitDuration}, {"天", unitDuration}, {"周", unitDuration},
	{"秒", unitDuration},
}

// chineseScales are the multipliers that may stand between a number and its unit, longest first.
var chineseScales = []string{"万亿", "十万", "百万", "千万", "万", "亿", "千", "百"}

// matchChineseUnit finds the unit at the start of s: an optional scale and a base unit, or a scale on
// its own (109.19亿). Kilo-units (千瓦, 千克) are base units, not 千 times 瓦.
func matchChineseUnit(s string) (unit string, kind unitKind) {
	if base, kind := matchBaseUnit(s); base != "" {
		return base, kind
	}
	for _, scale := range chineseScales {
		if !strings.HasPrefix(s, scale) {
			continue
		}
		if base, kind := matchBaseUnit(s[len(scale):]); base != "" && kind != unitRate {
			return scale + base, kind
		}
		if scale == "千" || scale == "百" {
			continue // 千 or 百 alone after a number is a word (百姓), not a scale
		}
		return scale, unitAmount
	}
	return "", unitNone
}

func matchBaseUnit(s string) (string, unitKind) {
	for _, u := range chineseUnits {
		if strings.HasPrefix(s, u.text) {
			return u.text, u.kind
		}
	}
	return "", unitNone
}

// currencySymbols open an amount of money in English text; read-only.
var currencySymbols = []string{"US$", "$", "€", "£", "¥", "RMB "}
