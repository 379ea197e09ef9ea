package cjk

import "unicode/utf8"

// FoldWidth maps the full-width and typographic forms of the characters numbers are written with
// to the ones the tables list: ０–９ to 0–9, ． to ., ％ to %, ＋ to +, the minus signs － − ﹣
// to -, and the full-width currency signs ＄ ￥ ￡ ￦ to $ ¥ £ ₩. Any other rune is returned as is.
func FoldWidth(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return r
	case r >= '０' && r <= '９':
		return '0' + (r - '０')
	}
	switch r {
	case '．':
		return '.'
	case '％':
		return '%'
	case '＋':
		return '+'
	case '－', '−', '﹣':
		return '-'
	case '＄':
		return '$'
	case '￥':
		return '¥'
	case '￡':
		return '£'
	case '￦':
		return '₩'
	}
	return r
}

// Fold is [FoldWidth] followed by the simplified form of the traditional characters the tables'
// words are written with (億 → 亿, 萬 → 万, 長 → 长), so a rule written for simplified text reads
// traditional text too. Folding twice changes nothing more.
func Fold(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if simplified, ok := simplifiedForm(r); ok {
		return simplified
	}
	return FoldWidth(r)
}

// simplifiedForm maps the traditional characters of the words the figure rules look for (units,
// measure words, verbs of change) to their simplified forms.
func simplifiedForm(r rune) (rune, bool) {
	switch r {
	case '億':
		return '亿', true
	case '萬':
		return '万', true
	case '個':
		return '个', true
	case '項':
		return '项', true
	case '條':
		return '条', true
	case '噸':
		return '吨', true
	case '畝':
		return '亩', true
	case '點':
		return '点', true
	case '長':
		return '长', true
	case '歲':
		return '岁', true
	case '兩':
		return '两', true
	case '間':
		return '间', true
	case '場':
		return '场', true
	case '門':
		return '门', true
	case '臺':
		return '台', true
	case '輛':
		return '辆', true
	case '戶':
		return '户', true
	case '處':
		return '处', true
	case '縣':
		return '县', true
	case '區':
		return '区', true
	case '減':
		return '减', true
	case '為':
		return '为', true
	case '達':
		return '达', true
	case '較':
		return '较', true
	case '實':
		return '实', true
	case '現':
		return '现', true
	case '際':
		return '际', true
	case '業':
		return '业', true
	case '額':
		return '额', true
	case '產':
		return '产', true
	case '總':
		return '总', true
	case '計':
		return '计', true
	case '資':
		return '资', true
	case '車':
		return '车', true
	case '與':
		return '与', true
	case '並':
		return '并', true
	case '創':
		return '创', true
	case '發':
		return '发', true
	case '種':
		return '种', true
	case '級':
		return '级', true
	case '幣':
		return '币', true
	case '數':
		return '数', true
	case '類':
		return '类', true
	case '組':
		return '组', true
	case '鄉':
		return '乡', true
	case '鎮':
		return '镇', true
	case '簽':
		return '签', true
	case '約':
		return '约', true
	case '糧':
		return '粮', true
	case '農':
		return '农', true
	case '設':
		return '设', true
	case '標':
		return '标', true
	case '規':
		return '规', true
	case '務':
		return '务', true
	case '進':
		return '进', true
	case '購':
		return '购', true
	case '銷':
		return '销', true
	case '費':
		return '费', true
	case '電':
		return '电', true
	case '網':
		return '网', true
	case '環':
		return '环', true
	case '體':
		return '体', true
	case '醫':
		return '医', true
	case '療':
		return '疗', true
	case '險':
		return '险', true
	case '養':
		return '养', true
	case '學':
		return '学', true
	case '勞':
		return '劳', true
	case '動':
		return '动', true
	case '穩':
		return '稳', true
	case '導':
		return '导', true
	case '積':
		return '积', true
	case '術':
		return '术', true
	case '機':
		return '机', true
	case '遊':
		return '游', true
	case '觀':
		return '观', true
	case '態':
		return '态', true
	case '從':
		return '从', true
	case '簡':
		return '简', true
	case '護':
		return '护', true
	case '獲':
		return '获', true
	case '評':
		return '评', true
	case '對':
		return '对', true
	case '開':
		return '开', true
	case '關':
		return '关', true
	case '優':
		return '优', true
	case '質':
		return '质', true
	case '別':
		return '别', true
	case '協':
		return '协', true
	case '調':
		return '调', true
	case '併':
		return '并', true
	case '補':
		return '补', true
	case '營':
		return '营', true
	case '稅':
		return '税', true
	case '闢':
		return '辟', true
	case '覽':
		return '览', true
	case '續':
		return '续', true
	case '漲':
		return '涨', true
	}
	return r, false
}
