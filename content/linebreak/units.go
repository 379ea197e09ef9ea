package linebreak

// cjkUnits are the measure words and units a number keeps on its line, longest first so that
// 个百分点 wins over 个 and 平方公里 over 平方米. A number may also carry a run of the scales
// 十百千万亿 before its unit (109.19亿元, 317.59万人次), or a scale alone (7.6亿). Only these
// are recognised, so 2024年前三季度 keeps 2024年 together but may break after 年.
//
// It is a function rather than a package variable so nothing can change the table; the
// compiler inlines it and keeps the slice on the stack.
func cjkUnits() []string {
	return []string{
		// four characters
		"个百分点", "平方公里",
		// three characters
		"平方米", "立方米", "百分点",
		// two characters
		"美元", "欧元", "日元", "港元", "英镑", "人次", "公斤", "公顷", "公里",
		"千瓦", "千米", "千克", "个月", "小时", "分钟", "周岁",
		// one character
		"元", "人", "户", "个", "家", "条", "项", "所", "名", "次", "件", "台", "辆",
		"吨", "斤", "亩", "米", "克", "度", "年", "月", "周", "天", "日", "秒", "倍",
		"岁", "届", "期", "批", "座", "位", "场", "套", "栋", "种", "类", "份",
	}
}

// englishScales are the words that follow a number after one space and stay on its line:
// "4.2 billion", "12 percent". Longest first, matched without regard to case.
func englishScales() []string {
	return []string{
		"percentage points", "percentage point", "per cent", "percent",
		"hundred", "thousand", "million", "billion", "trillion",
	}
}

// isScale reports whether r multiplies the number before it: 十 百 千 万 亿.
func isScale(r rune) bool {
	switch r {
	case '十', '百', '千', '万', '亿':
		return true
	}
	return false
}

// isApproximate reports whether r marks a number as approximate and sits between the number
// and its unit: 100多家, 30余人, 3万多人.
func isApproximate(r rune) bool {
	return r == '多' || r == '余'
}

// isPercent reports whether r is a sign that belongs to the number before it.
func isPercent(r rune) bool {
	switch r {
	case '%', '％', '‰', '‱', '℃', '℉', '°':
		return true
	}
	return false
}

// isSign reports whether r is a sign or currency symbol that belongs to the number after it.
func isSign(r rune) bool {
	switch r {
	case '+', '-', '−', '±', '＋', '－', '$', '¥', '￥', '€', '£', '＄', '￡', '₩':
		return true
	}
	return false
}

// isDecimalPoint reports whether r separates the integer part from the fraction.
func isDecimalPoint(r rune) bool {
	return r == '.' || r == '．'
}

// isFullWidthDigit reports whether r is one of ０–９.
func isFullWidthDigit(r rune) bool {
	return '０' <= r && r <= '９'
}
