package cn.zhaoshang.crm.park;

import java.util.List;

import cn.zhaoshang.crm.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The zone's parks and their land. A park operator sees only the park they run. */
@Service
@Transactional(readOnly = true)
public class ParkService {

	private final ParkRepository parks;

	private final CurrentUser currentUser;

	public ParkService(ParkRepository parks, CurrentUser currentUser) {
		this.parks = parks;
		this.currentUser = currentUser;
	}

	@PreAuthorize("@access.may('PARK_READ')")
	public List<ParkOverview> overview() {
		return this.parks.overview(this.currentUser.parkScope());
	}

}
