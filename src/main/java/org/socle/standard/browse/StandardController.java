package org.socle.standard.browse;

import org.socle.standard.ApplicableCategory;
import org.socle.standard.StandardCatalog;
import org.socle.standard.StandardTreeView;
import org.socle.standard.document.StandardDocument;
import org.socle.standard.document.StandardJsonWriter;
import org.socle.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Read-only pages for every role: the list of versions, a version's tree (filterable by
 * establishment category) and its JSON export.
 */
@Controller
@RequestMapping("/standards")
class StandardController {

	private static final String LIST_VIEW = "standard/list";

	private static final String TREE_VIEW = "standard/view";

	private static final int PAGE_SIZE = 20;

	private final StandardCatalog catalog;

	private final StandardList list;

	StandardController(StandardCatalog catalog, StandardList list) {
		this.catalog = catalog;
		this.list = list;
	}

	@GetMapping
	String showList(@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("page", this.list.page(Paging.unsorted(pageable, PAGE_SIZE)));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String showTree(@PathVariable long id, @RequestParam(required = false) String category, Model model) {
		StandardTreeView tree = this.catalog.tree(id);
		String filter = ApplicableCategory.isKnown(category) ? category : null;
		model.addAttribute("tree", (filter != null) ? tree.applicableTo(filter) : tree);
		model.addAttribute("fullTree", tree);
		model.addAttribute("category", filter);
		model.addAttribute("categories", ApplicableCategory.values());
		model.addAttribute("clonedFrom",
				(tree.clonedFromId() != null) ? this.catalog.find(tree.clonedFromId()).orElse(null) : null);
		return TREE_VIEW;
	}

	@GetMapping("/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		StandardTreeView tree = this.catalog.tree(id);
		byte[] json = StandardJsonWriter.write(StandardDocument.of(tree));
		String filename = tree.standard().code() + "-" + tree.standard().version() + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(json);
	}

}
