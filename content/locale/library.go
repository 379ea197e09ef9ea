package locale

// LibraryWords are the words of the library (a folder of briefings), its search across documents,
// its figures compared across documents, reloading, and a meeting's agenda.
type LibraryWords struct {
	Title          string  // the library's heading
	Documents      Counted // how many briefings it holds
	Reading        string  // before the progress of the background parsing: reading 120/200
	Skipped        string  // a file that is no briefing, before the reason
	SkippedCount   Counted // how many files were skipped
	Parts          Counted // a briefing's parts, in its row
	Figures        Counted // a briefing's figures, in its row
	Undated        string  // a briefing whose text gives no date
	Empty          string  // a library with no file at all
	NoFilterMatch  string  // a filter that leaves no document: %s is the filter
	Filtered       string  // the filter applied to the list, in its header: %s is the filter
	Matching       Counted // how many documents the applied filter leaves
	SearchPrompt   string  // the placeholder of the search across documents
	Hits           Counted // hits of that search
	Compare        string  // the heading of the figures compared across documents
	CompareEmpty   string  // no label in two documents
	Documents2     string  // the column of how many documents give a label
	SameTitle      string  // a document whose title another shares: %s the title, %s its date or file name
	Updated        string  // the document shown was changed on disk and read again
	KeptLastGood   string  // the new version cannot be read: %s is why
	Removed        string  // the document shown was removed from disk
	AgendaPosition string  // a document's place in a meeting's agenda: %d of %d
	Agenda         string  // the heading of a meeting's agenda (its documents, in order)
	Keys           LibraryKeyWords
}

// LibraryKeyWords are the library's key help.
type LibraryKeyWords struct {
	Open, Back, Filter, Search, Compare, Export, Up, Down, Quit, Help, Close string

	ClearFilter string // esc while a filter applies: the whole list again

	CloseAgenda string // esc on a meeting's agenda: back to the document
}

func chineseLibrary() LibraryWords {
	return LibraryWords{
		Title:          "文库",
		Documents:      Same("%d 篇"),
		Reading:        "正在读取",
		Skipped:        "已跳过",
		SkippedCount:   Same("跳过 %d 个文件"),
		Parts:          Same("%d 部分"),
		Figures:        Same("%d 项数据"),
		Undated:        "未注明日期",
		Empty:          "文件夹中没有文件",
		NoFilterMatch:  "没有符合“%s”的文档",
		Filtered:       "筛选“%s”",
		Matching:       Same("%d 篇符合"),
		SearchPrompt:   "在全部文档中搜索",
		Hits:           Same("%d 处"),
		Compare:        "跨文档数据对比",
		CompareEmpty:   "没有在两篇以上文档中出现的数据",
		Documents2:     "篇数",
		SameTitle:      "%s（%s）",
		Updated:        "文件已更新，已重新读取",
		KeptLastGood:   "新版本无法读取（%s），仍显示上一版",
		Removed:        "文件已删除，仍显示最后读取的版本",
		AgendaPosition: "文档 %d/%d",
		Agenda:         "议程",
		Keys: LibraryKeyWords{
			Open: "打开", Back: "返回文库", Filter: "筛选", Search: "全文搜索", Compare: "数据对比",
			Export: "导出", Up: "上移", Down: "下移", Quit: "退出", Help: "帮助", Close: "关闭",
			CloseAgenda: "关闭议程", ClearFilter: "清除筛选",
		},
	}
}

func englishLibrary() LibraryWords {
	return LibraryWords{
		Title:          "Library",
		Documents:      Counted{"%d document", "%d documents"},
		Reading:        "reading",
		Skipped:        "skipped",
		SkippedCount:   Counted{"%d file skipped", "%d files skipped"},
		Parts:          Counted{"%d part", "%d parts"},
		Figures:        Counted{"%d figure", "%d figures"},
		Undated:        "undated",
		Empty:          "no files in the folder",
		NoFilterMatch:  "no document matches “%s”",
		Filtered:       "filter “%s”",
		Matching:       Counted{"%d match", "%d matches"},
		SearchPrompt:   "Search every document",
		Hits:           Counted{"%d hit", "%d hits"},
		Compare:        "Figures across documents",
		CompareEmpty:   "no figure appears in two documents",
		Documents2:     "Docs",
		SameTitle:      "%s (%s)",
		Updated:        "updated on disk: read again",
		KeptLastGood:   "the new version cannot be read (%s); showing the last good one",
		Removed:        "the file was removed; showing the last version read",
		AgendaPosition: "document %d/%d",
		Agenda:         "Agenda",
		Keys: LibraryKeyWords{
			Open: "open", Back: "back to the library", Filter: "filter", Search: "search all", Compare: "compare figures",
			Export: "export", Up: "up", Down: "down", Quit: "quit", Help: "help", Close: "close",
			CloseAgenda: "close the agenda", ClearFilter: "clear the filter",
		},
	}
}
