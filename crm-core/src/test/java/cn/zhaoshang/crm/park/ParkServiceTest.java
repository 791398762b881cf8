package cn.zhaoshang.crm.park;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class ParkServiceTest {

	@Autowired
	ParkService parks;

	@Test
	@WithUserDetails("director")
	void a_director_sees_the_four_parks_with_the_seed_areas() {
		List<ParkOverview> all = this.parks.overview();
		assertThat(all).extracting(ParkOverview::code).containsExactly("AUTO_PARTS", "TSINGHUA", "SME", "PIPELINE");
		assertThat(all).extracting(ParkOverview::plannedAreaMu)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("2020"), new BigDecimal("402.6"), new BigDecimal("249.38"),
					new BigDecimal("444"));
		// the demo plots cover each park exactly
		assertThat(all).allSatisfy(p -> assertThat(p.unplottedMu()).isEqualByComparingTo(BigDecimal.ZERO));
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_sees_only_their_park() {
		assertThat(this.parks.overview()).extracting(ParkOverview::code).containsExactly("AUTO_PARTS");
	}

	@Test
	@WithUserDetails("op_pipeline")
	void scope_follows_the_operators_park() {
		assertThat(this.parks.overview()).extracting(ParkOverview::code).containsExactly("PIPELINE");
	}

}
