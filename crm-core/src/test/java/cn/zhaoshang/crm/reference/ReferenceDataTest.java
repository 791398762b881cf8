package cn.zhaoshang.crm.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhaoshang.crm.investor.IndustryCluster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class ReferenceDataTest {

	@Autowired
	ReferenceData reference;

	@Test
	@WithUserDetails("op_sme")
	void every_signed_in_user_reads_the_plan_s_industries_parks_and_zones() {
		assertThat(this.reference.industries()).hasSizeGreaterThanOrEqualTo(50).anySatisfy(i -> {
			assertThat(i.code()).isEqualTo("NEV");
			assertThat(i.cluster()).isEqualTo(IndustryCluster.AUTO);
		});
		// ordered by cluster: every AUTO industry before the first TRADITIONAL one
		var clusters = this.reference.industries().stream().map(IndustryRef::cluster).toList();
		assertThat(clusters.lastIndexOf(IndustryCluster.AUTO))
			.isLessThan(clusters.indexOf(IndustryCluster.TRADITIONAL));
		assertThat(this.reference.parks()).extracting(ParkRef::code)
			.containsExactly("AUTO_PARTS", "TSINGHUA", "SME", "PIPELINE");
		long autoParts = this.reference.parks().getFirst().id();
		assertThat(this.reference.zones()).filteredOn(z -> z.parkId() == autoParts)
			.extracting(ZoneRef::code)
			.contains("PRODUCTION", "AFTERMARKET");
	}

	@Test
	void nobody_signed_out_reads_them() {
		assertThatThrownBy(() -> this.reference.parks()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

}
